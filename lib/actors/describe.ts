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
  topic: string;
  /** True when this actor's statements on the topic take different stances. */
  differ: boolean;
  statements: EventDto[];
}

/** The actor's statements that take a stance, grouped by topic (oldest first within a topic). */
export function positionsByTopic(events: EventDto[]): PositionGroup[] {
  const groups = new Map<string, EventDto[]>();
  for (const e of events) {
    if (e.kind !== "STATEMENT" || !e.stance) continue;
    const topic = e.topic ?? "Other statements";
    groups.set(topic, [...(groups.get(topic) ?? []), e]);
  }
  return [...groups.entries()]
    .map(([topic, statements]) => ({
      topic,
      differ: new Set(statements.map((s) => s.stance)).size > 1,
      statements: [...statements].sort((a, b) => a.date.date.localeCompare(b.date.date)),
    }))
    .sort((a, b) => Number(b.differ) - Number(a.differ) || a.topic.localeCompare(b.topic, "en"));
}
