// Pair pages one page at a time: each section counts all its records and loads only one window of
// them, in the same order as the whole list; a page past the end gives the last page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPair, getPairPage, PAIR_PAGE_SIZE } from "@/lib/data/relationships";
import { generateSynthetic } from "@/lib/synth/generate";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const first = { agreements: 1, pledges: 1, events: 1 };

describe.each(databaseModes)("pair pages in windows on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("shows every seed record on one page at the default page size, as the whole pair", async () => {
    const all = (await getPair(db.prisma, "gb", "ua"))!;
    const page = (await getPairPage(db.prisma, "ua", "gb", first))!;
    for (const section of ["agreements", "pledges", "events"] as const) {
      expect(page[section].total).toBeLessThanOrEqual(PAIR_PAGE_SIZE);
      expect(page[section]).toMatchObject({ page: 1, pageCount: 1, total: all[section].length });
      expect(page[section].data.map((r) => r.slug)).toEqual(all[section].map((r) => r.slug));
    }
    expect(page.tie).toEqual(all.tie);
  });

  it("splits each section into windows of the page size that add up to the whole list, in order", async () => {
    const all = (await getPair(db.prisma, "gb", "ua"))!;
    expect(all.events.length).toBeGreaterThan(2);
    const per = 2;
    for (const section of ["agreements", "pledges", "events"] as const) {
      const pageCount = Math.max(1, Math.ceil(all[section].length / per));
      const slugs: string[] = [];
      for (let page = 1; page <= pageCount; page++) {
        const pair = (await getPairPage(db.prisma, "gb", "ua", { ...first, [section]: page }, per))!;
        expect(pair[section]).toMatchObject({ page, pageCount, per, total: all[section].length });
        expect(pair[section].data.length).toBe(Math.min(per, all[section].length - (page - 1) * per));
        slugs.push(...pair[section].data.map((r) => r.slug));
      }
      expect(slugs, section).toEqual(all[section].map((r) => r.slug));
    }
  });

  it("gives the last page for a page past the end, keeping the totals", async () => {
    const all = (await getPair(db.prisma, "gb", "ua"))!;
    const per = 2;
    const last = Math.ceil(all.events.length / per);
    const pair = (await getPairPage(db.prisma, "gb", "ua", { ...first, events: 10_000 }, per))!;
    expect(pair.events).toMatchObject({ page: last, pageCount: last, total: all.events.length });
    expect(pair.events.data.map((e) => e.slug)).toEqual(all.events.slice((last - 1) * per).map((e) => e.slug));
  });

  it("finds nothing for countries with nothing between them, whatever the page", async () => {
    expect(await getPairPage(db.prisma, "kr", "pk", { ...first, pledges: 3 })).toBeNull();
  });
});

describe.each(databaseModes)("pair pages of a large pair on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    await generateSynthetic(db.sql, 2, () => {});
  });
  afterAll(() => db.drop());

  it("loads only one page of the pair with the most pledges, and its totals match the whole list", async () => {
    const rows = await db.prisma.$queryRaw<{ a: string; b: string }[]>`
      SELECT min(c) AS a, max(c) AS b FROM (
        SELECT p.id, dn."countryCode"::text AS c FROM "Pledge" p JOIN "Actor" dn ON dn.id = p."donorId"
        UNION ALL
        SELECT r."pledgeId", ac."countryCode"::text FROM "PledgeRecipient" r JOIN "Actor" ac ON ac.id = r."actorId"
      ) x WHERE c IS NOT NULL GROUP BY id HAVING count(DISTINCT c) = 2
      ORDER BY count(*) OVER (PARTITION BY min(c), max(c)) DESC LIMIT 1`;
    const { a, b } = rows[0]!;
    const all = (await getPair(db.prisma, a, b))!;
    const per = 10;
    expect(all.pledges.length).toBeGreaterThan(2 * per);
    const second = (await getPairPage(db.prisma, a, b, { ...first, pledges: 2 }, per))!;
    expect(second.pledges).toMatchObject({ page: 2, per, total: all.pledges.length, pageCount: Math.ceil(all.pledges.length / per) });
    expect(second.pledges.data.map((p) => p.slug)).toEqual(all.pledges.slice(per, 2 * per).map((p) => p.slug));
    expect(second.agreements.data.length).toBeLessThanOrEqual(per);
    expect(second.agreements.total).toBe(all.agreements.length);
    expect(second.events.total).toBe(all.events.length);
  });
});
