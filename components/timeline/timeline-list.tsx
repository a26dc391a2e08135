import Link from "next/link";
import { ActorLink } from "@/components/actors/actor-link";
import { Evidence } from "@/components/citations/citation-quote";
import { Badge, type Tone } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { EventDto } from "@/lib/data/events";
import { countryName, labelOf } from "@/lib/format";
import { dealHref, pledgeHref } from "@/lib/links";

const stanceTone: Record<string, Tone> = { SUPPORTS: "green", OPEN: "blue", CAUTIOUS: "amber", OPPOSES: "red", REFUSES: "red" };

/** Events under year headings, each with its true date precision, actors, linked records and sources. */
export function TimelineList({ events }: { events: EventDto[] }) {
  const years: { year: string; events: EventDto[] }[] = [];
  for (const e of events) {
    const year = e.date.date.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, events: [] });
    years.at(-1)!.events.push(e);
  }
  return (
    <div className="space-y-6">
      {years.map((group, g) => (
        <section key={`${group.year}-${g}`} aria-labelledby={`year-${group.year}-${g}`}>
          <h3 id={`year-${group.year}-${g}`} className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 py-1 text-lg font-semibold dark:border-slate-800 dark:bg-slate-950/95">
            {group.year}
          </h3>
          <ol className="relative ml-2 border-l-2 border-slate-200 dark:border-slate-800">
            {group.events.map((e) => (
              <li key={e.slug} id={`event-${e.slug}`} className="relative scroll-mt-10 py-3 pl-5 target:bg-amber-50 dark:target:bg-amber-950/30">
                <span aria-hidden="true" className="absolute -left-[7px] top-5 h-3 w-3 rounded-full border-2 border-white bg-accent-600 dark:border-slate-950 dark:bg-sky-500" />
                <article aria-labelledby={`event-title-${e.slug}`} className="space-y-1.5">
                  <p className="text-sm font-medium tabular-nums text-slate-700 dark:text-slate-300">
                    <DateText value={e.date} end={e.endDate} />
                    {e.place ? <span className="font-normal text-slate-600 dark:text-slate-400"> · {e.place}{e.placeCountryCode && !e.place.includes(countryName(e.placeCountryCode)) ? `, ${countryName(e.placeCountryCode)}` : ""}</span> : null}
                  </p>
                  <h4 id={`event-title-${e.slug}`} className="font-semibold leading-snug">
                    {e.title}
                  </h4>
                  <p className="flex flex-wrap items-center gap-1.5">
                    <Badge>{labelOf(e.kind)}</Badge>
                    {e.stance ? <Badge tone={stanceTone[e.stance] ?? "neutral"}>{labelOf(e.stance)}</Badge> : null}
                    {e.topic ? <span className="text-xs text-slate-600 dark:text-slate-400">on {e.topic}</span> : null}
                    <span className="text-xs text-slate-600 dark:text-slate-400">· {labelOf(e.confidence)}</span>
                  </p>
                  <p className="text-sm text-slate-700 dark:text-slate-300">{e.description}</p>
                  {e.actors.length > 0 ? (
                    <p className="text-sm">
                      <span className="text-slate-600 dark:text-slate-400">Who: </span>
                      {e.actors.map((a, i) => (
                        <span key={`${a.actor.slug}-${a.role}`}>
                          <ActorLink actor={a.actor} /> <span className="text-slate-600 dark:text-slate-400">({labelOf(a.role).toLowerCase()})</span>
                          {i < e.actors.length - 1 ? ", " : null}
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {e.agreements.length + e.pledges.length > 0 ? (
                    <ul className="flex flex-col gap-0.5 text-sm">
                      {e.agreements.map((a) => (
                        <li key={a.slug}>
                          <span className="text-slate-600 dark:text-slate-400">Deal: </span>
                          <Link prefetch={false} href={dealHref(a.slug)} className="underline">
                            {a.title}
                          </Link>
                        </li>
                      ))}
                      {e.pledges.map((p) => (
                        <li key={p.slug}>
                          <span className="text-slate-600 dark:text-slate-400">Pledge: </span>
                          <Link prefetch={false} href={pledgeHref(p)} className="underline">
                            {p.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <Evidence citations={e.citations} label="Sources" />
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
