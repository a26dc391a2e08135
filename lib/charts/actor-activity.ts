// The small chart on an actor's page: how many deals began, pledges were dated and events happened
// in each year the actor appears in.
import type { ActorProfile } from "@/lib/data/actor-profile";
import type { DateDto } from "@/lib/data/shared";
import { palette, type ChartData } from "./types";

interface Dated {
  date: DateDto | null;
}

export function actorActivityByYear(
  actor: { slug: string; name: string },
  records: { deals: Dated[]; pledges: Dated[]; events: Dated[] },
): ChartData {
  const years = new Map<number, { deals: number; pledges: number; events: number }>();
  let undated = 0;
  for (const key of ["deals", "pledges", "events"] as const) {
    for (const r of records[key]) {
      if (!r.date) {
        undated++;
        continue;
      }
      const y = Number(r.date.date.slice(0, 4));
      const entry = years.get(y) ?? { deals: 0, pledges: 0, events: 0 };
      entry[key]++;
      years.set(y, entry);
    }
  }
  const a = encodeURIComponent(actor.slug);
  return {
    id: `actor-activity-${actor.slug}`,
    title: `${actor.name}: records per year`,
    unit: "Number of records",
    categoryLabel: "Year",
    kind: "stacked-bar",
    series: [
      { key: "deals", label: "Deals begun", color: palette[0]! },
      { key: "pledges", label: "Pledges", color: palette[2]! },
      { key: "events", label: "Events", color: palette[1]! },
    ],
    rows: [...years.entries()]
      .sort(([x], [y]) => x - y)
      .map(([year, v]) => ({
        key: String(year),
        label: String(year),
        values: { ...v },
        cellHrefs: {
          deals: `/deals?actor=${a}&from=${year}&to=${year}`,
          pledges: `/pledges?actor=${a}&from=${year}&to=${year}`,
          events: `/timeline?actor=${a}&year=${year}`,
        },
      })),
    notes: undated > 0 ? [`${undated} ${undated === 1 ? "record has" : "records have"} no date and ${undated === 1 ? "is" : "are"} not counted.`] : [],
    list: { href: `/timeline?actor=${a}`, label: "This actor on the timeline" },
  };
}

/** The activity chart of an actor's profile (each pledge once, even if the actor both gave and got it). */
export function actorActivityChart(profile: ActorProfile): ChartData {
  const pledges = new Map([...profile.pledgesMade, ...profile.pledgesReceived].map((p) => [p.slug, p]));
  return actorActivityByYear(profile.actor, {
    deals: profile.agreements.map((a) => ({ date: a.agreement.startDate })),
    pledges: [...pledges.values()].map((p) => ({ date: p.date })),
    events: profile.events.map((e) => ({ date: e.event.date })),
  });
}
