// The relationship network and pair pages against a real seeded database in each mode, and the
// synthetic data writer used to check legibility at 200 countries and 2,000 ties.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateGraph } from "@/lib/data/relationship-graph";
import { getPair, getRelationshipView, loadGraphInput } from "@/lib/data/relationships";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildGraph, defaultFilters, pairRecords, type GraphFilters, type GraphSummary } from "@/lib/relationships/graph";
import { generateSynthetic } from "@/lib/synth/generate";
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

  it("counts the network in the database exactly as buildGraph counts every record, whatever the filters", async () => {
    await expectSameGraphs(db.prisma);
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

/** Filter sets that exercise every rule: kinds, phases, year bounds (undated records drop out), organisations. */
const filterSets: GraphFilters[] = [
  defaultFilters,
  { ...defaultFilters, includeOrganisations: true },
  { ...defaultFilters, kinds: ["pledges"] },
  { ...defaultFilters, kinds: ["industrial", "political"], includeOrganisations: true },
  { ...defaultFilters, kinds: ["financing"], phases: ["committed"] },
  { ...defaultFilters, phases: ["stopped"] },
  { ...defaultFilters, from: 2023 },
  { ...defaultFilters, from: 2022, to: 2023, includeOrganisations: true },
  { ...defaultFilters, to: 2022 },
  { ...defaultFilters, categories: ["ARTILLERY"] },
  { ...defaultFilters, categories: ["ARMOURED_VEHICLES", "MISSILES"], kinds: ["pledges", "industrial"], includeOrganisations: true },
];

/** Everything the page shows of a graph; money to the cent (the database sums decimals exactly, JavaScript in floating point). */
function shown(graph: GraphSummary) {
  const cents = (usd: number) => Math.round(usd * 100);
  return {
    nodes: graph.nodes,
    edges: graph.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      count: e.count,
      usd: cents(e.usd),
      byKind: Object.fromEntries(Object.entries(e.byKind).map(([kind, v]) => [kind, { count: v.count, usd: cents(v.usd) }])),
      strength: e.strength.toFixed(9),
      href: e.href,
    })),
    recordCount: graph.recordCount,
  };
}

async function expectSameGraphs(prisma: PrismaClient) {
  const input = await loadGraphInput(prisma);
  for (const filters of filterSets) {
    const expected = shown(buildGraph(input, filters));
    expect(expected.edges.length, JSON.stringify(filters)).toBeGreaterThan(0);
    expect(shown(await aggregateGraph(prisma, filters)), JSON.stringify(filters)).toEqual(expected);
  }
}

describe.each(databaseModes)("relationships at scale on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    // Companies, organisations, every party role, values and pledges under agreements, at 2× the seed.
    await generateSynthetic(db.sql, 2, () => {});
  });
  afterAll(() => db.drop());

  it("counts synthetic data in the database exactly as buildGraph does", async () => {
    await expectSameGraphs(db.prisma);
  });

  it("lists on each pair page exactly the records behind its tie, in date order", async () => {
    const input = await loadGraphInput(db.prisma);
    const agreementSlug = new Map(input.agreements.map((r) => [r.id, r.slug]));
    const pledgeSlug = new Map(input.pledges.map((r) => [r.id, r.slug]));
    const ties = buildGraph(input).edges.filter((e) => e.href);
    for (const tie of [...ties.slice(0, 4), ...ties.slice(-2)]) {
      const [a, b] = [tie.source.slice(2), tie.target.slice(2)] as [string, string];
      const pair = (await getPair(db.prisma, b, a))!;
      const expected = pairRecords(input, a, b);
      expect(pair.agreements.map((x) => x.slug).sort()).toEqual(expected.agreementIds.map((id) => agreementSlug.get(id)).sort());
      expect(pair.pledges.map((x) => x.slug).sort()).toEqual(expected.pledgeIds.map((id) => pledgeSlug.get(id)).sort());
      expect(pair.tie).toMatchObject({ key: tie.key, count: tie.count });
      const dates = pair.pledges.filter((p) => p.date).map((p) => p.date!.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("serves the network and a pair page with more pledges than one query may have bind parameters (32,767)", async () => {
    const before = (await getRelationshipView(db.prisma)).graph.edges.find((e) => e.key === "c:KR|c:PK");
    expect(before).toBeUndefined();
    const bulk = 33_000;
    await db.sql.exec(`
      INSERT INTO "Pledge" (slug, title, "donorId", kind, item, status, confidence, date, "datePrecision", "updatedAt")
      SELECT 'bulk-pledge-' || g, 'Bulk pledge ' || g, (SELECT id FROM "Actor" WHERE slug = 'south-korea'), 'EQUIPMENT', 'Shells', 'PLEDGED', 'REPORTED',
        DATE '2024-01-01' + (g % 300), 'DAY', now()
      FROM generate_series(1, ${bulk}) g;
      INSERT INTO "PledgeRecipient" ("pledgeId", "actorId")
      SELECT p.id, (SELECT id FROM "Actor" WHERE slug = 'pakistan') FROM "Pledge" p WHERE p.slug LIKE 'bulk-pledge-%';`);

    // Before: Prisma loaded each pledge's recipients with one bind parameter per pledge and failed (P2029).
    const input = await loadGraphInput(db.prisma);
    expect(buildGraph(input).edges.find((e) => e.key === "c:KR|c:PK")!.count).toBe(bulk);

    const view = await getRelationshipView(db.prisma);
    const tie = view.graph.edges.find((e) => e.key === "c:KR|c:PK")!;
    expect(tie).toMatchObject({ count: bulk, byKind: { pledges: { count: bulk, usd: 0 } }, href: "/relationships/kr/pk" });
    expect(view.years).toContain(2024);

    const pair = await getPair(db.prisma, "pk", "kr");
    expect(pair!.pledges).toHaveLength(bulk);
    expect(pair!.tie!.count).toBe(bulk);
    const dates = pair!.pledges.map((p) => p.date!.date);
    expect(dates).toEqual([...dates].sort());
  });
});
