// The map's figures: counted in the database exactly as cooperationFromRecords counts every record,
// on the seed and on synthetic data, and what they say about known records of the seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCooperationMap, getCooperationMap } from "@/lib/data/cooperation-map";
import { loadGraphInput } from "@/lib/data/relationships";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { cooperationFromRecords, type CooperationMap } from "@/lib/map/cooperation";
import { defaultFilters, type GraphFilters } from "@/lib/relationships/graph";
import { generateSynthetic } from "@/lib/synth/generate";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const filterSets: GraphFilters[] = [
  defaultFilters,
  { ...defaultFilters, kinds: ["pledges"] },
  { ...defaultFilters, kinds: ["industrial", "political"] },
  { ...defaultFilters, phases: ["discussed"] },
  { ...defaultFilters, from: 2023, to: 2024 },
  { ...defaultFilters, categories: ["ARMOURED_VEHICLES", "MISSILES"] },
];

/** Money to the cent: the database sums decimals exactly, JavaScript in floating point. */
function shown(map: CooperationMap) {
  const cents = (c: CooperationMap["ukraine"]) => ({
    ...c,
    usd: Math.round(c.usd * 100),
  });
  return { countries: map.countries.map(cents), ukraine: cents(map.ukraine) };
}

async function expectSameFigures(prisma: PrismaClient) {
  const input = await loadGraphInput(prisma);
  for (const filters of filterSets) {
    const expected = shown(cooperationFromRecords(input, filters));
    expect(expected.countries.length, JSON.stringify(filters)).toBeGreaterThan(0);
    expect(shown(await computeCooperationMap(prisma, filters)), JSON.stringify(filters)).toEqual(expected);
  }
}

describe.each(databaseModes)("the cooperation map on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("counts each country's agreements and pledges with Ukraine, and its value pledged, from the seed", async () => {
    const map = await getCooperationMap(db.prisma);
    const of = (code: string) => map.countries.find((c) => c.code === code);
    const us = of("US")!;
    expect(us).toMatchObject({
      name: "United States",
      href: "/actors/united-states",
    });
    // $2 billion of equipment to Ukraine; the $2.2 billion and $700 million credits went to allies and neighbours.
    expect(us.usd).toBe(2_000_000_000);
    expect(us.pledgesValued).toBe(1);
    expect(us.pledgesUndisclosed).toBe(us.pledges - 1);
    const gb = of("GB")!;
    expect(gb.agreements).toBeGreaterThanOrEqual(3);
    expect(gb.pledgesUndisclosed).toBe(gb.pledges);
    // China's supplies to Russia and Poland's purchase from South Korea are not cooperation with Ukraine.
    expect(of("CN")).toBeUndefined();
    expect(of("RU")).toBeUndefined();
    // Poland hosts licensed production and training: sites, as well as a party.
    expect(of("PL")!.sites).toMatchObject({ production: 1, training: 1 });
    expect(map.ukraine.sites.repair).toBe(3);
    expect(map.ukraine.agreements).toBeGreaterThan(gb.agreements);
  });

  it("counts in the database exactly what the records give, whatever the filters", async () => {
    await expectSameFigures(db.prisma);
  });
});

describe.each(databaseModes)("the cooperation map at scale on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    await generateSynthetic(db.sql, 2, () => {});
  });
  afterAll(() => db.drop());

  it("counts synthetic data in the database exactly as the records give", async () => {
    await expectSameFigures(db.prisma);
  });
});
