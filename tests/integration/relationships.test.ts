// The relationship network and pair pages against a real seeded database in each mode, and the
// synthetic data writer used to check legibility at 200 countries and 2,000 ties.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPair, loadGraphInput } from "@/lib/data/relationships";
import { buildGraph, pairRecords } from "@/lib/relationships/graph";
import { syntheticGraphInput } from "@/lib/relationships/synthetic";
import { writeSyntheticData } from "@/lib/relationships/write-synthetic";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("relationships on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("draws a United Kingdom–Ukraine tie that includes the licensed-production talks", async () => {
    const graph = buildGraph(await loadGraphInput(db.prisma));
    const tie = graph.edges.find((e) => e.key === "c:GB|c:UA");
    expect(tie).toBeDefined();
    expect(tie!.href).toBe("/relationships/gb/ua");
    expect(tie!.records.map((r) => r.slug)).toContain("uk-ukraine-licensed-production-talks");
    expect(tie!.byKind.industrial!.count).toBeGreaterThanOrEqual(1);
    const uk = graph.nodes.find((n) => n.key === "c:GB")!;
    expect(uk).toMatchObject({ label: "United Kingdom", href: "/actors/united-kingdom" });
  });

  it("gives the pair page the same records as the tie, in either order, with the events of both", async () => {
    const input = await loadGraphInput(db.prisma);
    const tie = buildGraph(input).edges.find((e) => e.key === "c:GB|c:UA")!;
    const pair = await getPair(db.prisma, "ua", "gb");
    expect(pair).not.toBeNull();
    expect(pair!.agreements.map((a) => a.slug)).toContain("uk-ukraine-licensed-production-talks");
    expect(pair!.agreements.length + pair!.pledges.length).toBe(tie.count);
    expect(pair!.tie!.count).toBe(tie.count);
    expect(pair!.events.length).toBeGreaterThan(0);
    expect(pair!.events.every((e) => e.actors.some((a) => a.actor.countryCode === "GB") || e.placeCountryCode === "GB")).toBe(true);
    const again = await getPair(db.prisma, "GB", "UA");
    expect(again!.agreements.map((a) => a.slug)).toEqual(pair!.agreements.map((a) => a.slug));
    expect(pairRecords(input, "gb", "ua").agreementIds).toHaveLength(pair!.agreements.length);
  });

  it("finds nothing for a country with itself, unknown codes or countries with nothing between them", async () => {
    expect(await getPair(db.prisma, "gb", "gb")).toBeNull();
    expect(await getPair(db.prisma, "xx", "ua")).toBeNull();
    expect(await getPair(db.prisma, "kr", "pk")).toBeNull();
  });
});

describe("synthetic relationship data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db.drop());

  it("round-trips through the database as 200 countries and 2,000 ties", async () => {
    const input = syntheticGraphInput();
    await writeSyntheticData(db.prisma, input);
    const graph = buildGraph(await loadGraphInput(db.prisma));
    expect(graph.nodes).toHaveLength(200);
    expect(graph.edges).toHaveLength(2000);
    const expected = buildGraph(input);
    expect(graph.edges.map((e) => `${e.key}:${e.count}:${e.usd}`).sort()).toEqual(expected.edges.map((e) => `${e.key}:${e.count}:${e.usd}`).sort());
    await expect(writeSyntheticData(db.prisma, input)).rejects.toThrow(/empty database/);
  });
});
