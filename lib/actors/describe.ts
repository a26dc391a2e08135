// Words for an actor's profile: its links to other actors as short phrases ("55 % owned by France"),
// and its stated positions grouped by topic so that differing positions stand side by side.
import type { ActorDto } from "@/lib/data/actors";
import type { EventDto } from "@/lib/data/events";

export type ActorLinkDto = ActorDto["links"][number];

/** The phrase before the other actor's name, from this actor's point of view. */
export function linkPhrase(link: Pick<ActorLinkDto, "type" | "direction" | "sharePercent" | "role">): string {
  const share = link.sharePercent !== null ? `${Number(link.sharePercent)} %` : null;
  const out = link.direction === "outgoing";
  switch (link.type) {
    case "OWNS":
      return out ? (share ? `Owns ${share} of` : "Owns a stake in") : share ? `${share} owned by` : "Partly owned by";
    case "MEMBER_OF":
      return out ? "Member of" : "Has as a member";
    case "HOLDS_OFFICE_IN":
      return out ? (link.role ? `${link.role}, in` : "Holds office in") : link.role ? `${link.role}:` : "Office holder:";
    case "PART_OF":
      return out ? "Part of" : "Includes";
    case "HEADQUARTERED_IN":
      return out ? "Headquartered in" : "Home country of";
    case "COUNTERPART_OF":
      return "Counterpart of";
    case "AFFILIATED_WITH":
      return out ? "Affiliated with" : "Has as an affiliate";
  }
}

const linkOrder = ["OWNS", "PART_OF", "MEMBER_OF", "HEADQUARTERED_IN", "HOLDS_OFFICE_IN", "COUNTERPART_OF", "AFFILIATED_WITH"];

/** Links grouped as the profile shows them: ownership first, then structure, people, others. */
export function sortLinks<T extends Pick<ActorLinkDto, "type" | "direction" | "actor">>(links: T[]): T[] {
  return [...links].sort(
    (a, b) =>
      linkOrder.indexOf(a.type) - linkOrder.indexOf(b.type) ||
      (a.direction === b.direction ? 0 : a.direction === "outgoing" ? -1 : 1) ||
      a.actor.name.localeCompare(b.actor.name, "en"),
  );
}

export interface PositionGroup {
  /** The topic, or the topics joined when statements on different topics conflict. */
  topic: string;
  /** True when the statements in the group take different stances. */
  differ: boolean;
  statements: EventDto[];
}

/** Statements reported by the same source for the same date: a source contradicting itself shows here. */
function sameReport(a: EventDto, b: EventDto): boolean {
  const sources = (e: EventDto) => new Set(e.citations.map((c) => c.source.slug));
  const sa = sources(a);
  return a.date.date === b.date.date && a.date.precision === b.date.precision && [...sources(b)].some((s) => sa.has(s));
}

/**
 * The actor's statements that take a stance, grouped by topic; statements with different stances that
 * one source reports for the same date are put side by side too, even when their topics are worded
 * differently (article 004 names Canada both as open to sending troops and as refusing to).
 */
export function positionsByTopic(events: EventDto[]): PositionGroup[] {
  const statements = events.filter((e) => e.kind === "STATEMENT" && e.stance);
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  statements.forEach((a, i) =>
    statements.forEach((b, j) => {
      if (j <= i) return;
      const sameTopic = (a.topic ?? "") === (b.topic ?? "");
      if (sameTopic || (a.stance !== b.stance && sameReport(a, b))) parent[find(j)] = find(i);
    }),
  );
  const groups = new Map<number, EventDto[]>();
  statements.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()]
    .map((items) => ({
      topic: [...new Set(items.map((s) => s.topic ?? "Other statements"))].join(" / "),
      differ: new Set(items.map((s) => s.stance)).size > 1,
      statements: [...items].sort((a, b) => a.date.date.localeCompare(b.date.date)),
    }))
    .sort((a, b) => Number(b.differ) - Number(a.differ) || a.topic.localeCompare(b.topic, "en"));
}
