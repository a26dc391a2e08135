import { describe, expect, it } from "vitest";
import { linkPhrase, positionsByTopic, sortLinks } from "@/lib/actors/describe";
import type { EventDto } from "@/lib/data/events";

describe("actor link phrases", () => {
  it("says ownership with its share from both sides", () => {
    expect(linkPhrase({ type: "OWNS", direction: "incoming", sharePercent: "55", role: null })).toBe("55 % owned by");
    expect(linkPhrase({ type: "OWNS", direction: "outgoing", sharePercent: "55.5", role: null })).toBe("Owns 55.5 % of");
    expect(linkPhrase({ type: "OWNS", direction: "incoming", sharePercent: null, role: null })).toBe("Partly owned by");
  });

  it("names offices and membership", () => {
    expect(linkPhrase({ type: "HOLDS_OFFICE_IN", direction: "incoming", sharePercent: null, role: "President" })).toBe("President:");
    expect(linkPhrase({ type: "MEMBER_OF", direction: "outgoing", sharePercent: null, role: null })).toBe("Member of");
  });

  it("lists ownership first, then structure, people and others", () => {
    const a = (name: string) => ({ slug: name, name, kind: "COUNTRY" as const, countryCode: null });
    const sorted = sortLinks([
      { type: "AFFILIATED_WITH" as const, direction: "outgoing" as const, actor: a("x") },
      { type: "OWNS" as const, direction: "incoming" as const, actor: a("y") },
      { type: "MEMBER_OF" as const, direction: "outgoing" as const, actor: a("z") },
    ]);
    expect(sorted.map((l) => l.type)).toEqual(["OWNS", "MEMBER_OF", "AFFILIATED_WITH"]);
  });
});

function statement(slug: string, topic: string, stance: EventDto["stance"], date: string, source = "s1"): EventDto {
  return {
    id: 0,
    slug,
    title: slug,
    description: "",
    kind: "STATEMENT",
    date: { date, precision: "YEAR" },
    endDate: null,
    place: null,
    placeCountryCode: null,
    stance,
    topic,
    confidence: "REPORTED",
    actors: [],
    agreements: [],
    pledges: [],
    citations: [{ source: { slug: source, title: "", publisher: null, publishedAt: null, url: null }, quote: "q", field: null, note: null }],
    updatedAt: "",
  };
}

describe("stated positions", () => {
  it("puts differing stances on one topic side by side and flags them", () => {
    const groups = positionsByTopic([statement("a", "Troops", "CAUTIOUS", "2024-01-01"), statement("b", "Troops", "OPEN", "2024-11-23", "s2"), statement("c", "Aid", "SUPPORTS", "2023-01-01")]);
    expect(groups.map((g) => [g.topic, g.differ, g.statements.map((s) => s.slug)])).toEqual([
      ["Troops", true, ["a", "b"]],
      ["Aid", false, ["c"]],
    ]);
  });

  it("also pairs contradicting statements one source reports for the same date, even on differently worded topics", () => {
    const groups = positionsByTopic([statement("open", "Sending troops (non-combat)", "OPEN", "2024-01-01"), statement("refuses", "Sending their troops", "REFUSES", "2024-01-01")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ differ: true, topic: "Sending troops (non-combat) / Sending their troops" });
  });

  it("leaves out events that are not statements with a stance", () => {
    expect(positionsByTopic([{ ...statement("v", "x", null, "2024-01-01"), kind: "VISIT" }])).toEqual([]);
  });
});
