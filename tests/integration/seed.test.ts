import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedError } from "@/lib/seed/dataset";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

async function tableCounts(db: TestDatabase) {
  const p = db.prisma;
  const [actors, links, agreements, parties, statuses, pledges, events, sources, citations] = await Promise.all([
    p.actor.count(),
    p.actorLink.count(),
    p.agreement.count(),
    p.agreementParty.count(),
    p.agreementStatusEntry.count(),
    p.pledge.count(),
    p.event.count(),
    p.source.count(),
    p.citation.count(),
  ]);
  return { actors, links, agreements, parties, statuses, pledges, events, sources, citations };
}

describe.each(databaseModes)("seed on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
  });
  afterAll(() => db.drop());

  it("refuses an invalid record before writing anything, naming the record and the field", async () => {
    const bad = structuredClone(dataset);
    bad.events[0]!.citations[0]!.quote = "Zelensky and Sunak signed a licensing treaty in London.";
    const error = await seedDatabase(db.prisma, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toMatch(new RegExp(`events "${bad.events[0]!.slug}", field citations\\[0\\]\\.quote`));
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it("rolls back entirely when the database refuses a record part-way through", async () => {
    // Valid for the schemas, but the event names the same actor in the same role twice: the
    // database's primary key refuses it after sources, actors, agreements and pledges were written.
    const bad = structuredClone(dataset);
    const event = bad.events.at(-1)!;
    const actor = bad.actors[0]!.slug;
    event.actors = [{ actor, role: "SUBJECT" }, { actor, role: "SUBJECT" }];
    const error = await seedDatabase(db.prisma, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain(`events "${event.slug}"`);
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it("loads every record with its citations", async () => {
    const summary = await seedDatabase(db.prisma, dataset);
    const counts = await tableCounts(db);
    expect(counts.sources).toBe(dataset.sources.length);
    expect(counts.actors).toBe(dataset.actors.length);
    expect(counts.links).toBe(dataset.actorLinks.length);
    expect(counts.agreements).toBe(dataset.agreements.length);
    expect(counts.pledges).toBe(dataset.pledges.length);
    expect(counts.events).toBe(dataset.events.length);
    expect(summary.entities.agreements.created).toBe(dataset.agreements.length);
    // Every seeded actor, agreement, pledge and event has at least one citation in the database.
    for (const [model, key] of [["actor", "actorId"], ["agreement", "agreementId"], ["pledge", "pledgeId"], ["event", "eventId"]] as const) {
      const records = await (db.prisma[model] as unknown as { count(): Promise<number> }).count();
      const cited = await db.prisma.citation.groupBy({ by: [key], where: { [key]: { not: null } } });
      expect(cited.length, `${model}s with at least one citation`).toBe(records);
    }
  });

  it("is idempotent: a second run changes nothing and duplicates nothing", async () => {
    const before = await tableCounts(db);
    const stamps = await db.prisma.agreement.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
    const summary = await seedDatabase(db.prisma, dataset);
    expect(summary.written).toBe(0);
    expect(await tableCounts(db)).toEqual(before);
    expect(await db.prisma.agreement.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } })).toEqual(stamps);
  });

  it("rewrites only a changed record and removes a record dropped from the dataset", async () => {
    const changed = structuredClone(dataset);
    changed.agreements[0]!.title = "A retitled agreement";
    const dropped = changed.events.pop()!;
    const summary = await seedDatabase(db.prisma, changed);
    expect(summary.entities.agreements).toMatchObject({ updated: 1, created: 0 });
    expect(summary.entities.events).toMatchObject({ deleted: 1 });
    expect(await db.prisma.event.findUnique({ where: { slug: dropped.slug } })).toBeNull();
    expect((await db.prisma.agreement.findUnique({ where: { slug: changed.agreements[0]!.slug } }))?.title).toBe("A retitled agreement");
    await seedDatabase(db.prisma, dataset); // restore
  });
});
