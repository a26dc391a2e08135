// The feeds' data and XML: newest change first, one actor's feed only holds records that actor takes
// part in, and the Atom document names each record by its permanent URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedActor, feedEntries } from "@/lib/data/feed";
import { atomFeed, atomResponse, entryPath } from "@/lib/feeds/atom";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

describe("Atom feeds", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("holds deals and events, the most recently changed first", async () => {
    const deal = dataset.agreements.at(-2)!;
    await db.prisma.agreement.update({ where: { slug: deal.slug }, data: { summary: `${deal.summary} (updated)` } });
    const entries = await feedEntries(db.prisma);
    expect(entries[0]).toMatchObject({ kind: "deal", slug: deal.slug });
    expect(entries.some((e) => e.kind === "event")).toBe(true);
    expect(entries.length).toBe(Math.min(100, dataset.agreements.length + dataset.events.length));
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.updatedAt.getTime()).toBeGreaterThanOrEqual(entries[i]!.updatedAt.getTime());
  });

  it("gives an actor's feed only the deals and events that actor takes part in", async () => {
    const slug = "united-kingdom";
    expect(await feedActor(db.prisma, slug)).toMatchObject({ slug });
    expect(await feedActor(db.prisma, "no-such-actor")).toBeNull();
    const entries = await feedEntries(db.prisma, { actorSlug: slug });
    const deals = dataset.agreements.filter((a) => a.parties.some((p) => p.actor === slug)).map((a) => a.slug);
    const events = dataset.events.filter((e) => (e.actors ?? []).some((a) => a.actor === slug)).map((e) => e.slug);
    expect(entries.filter((e) => e.kind === "deal").map((e) => e.slug).sort()).toEqual(deals.sort());
    expect(entries.filter((e) => e.kind === "event").map((e) => e.slug).sort()).toEqual(events.sort());
  });

  it("writes an Atom document with each record's URL as its id, escaping text", async () => {
    const entries = await feedEntries(db.prisma);
    entries[0]!.summary = "Tanks <b>&</b> shells ]]> done";
    const xml = atomFeed(entries, { origin: "https://tracker.example", selfPath: "/feed.xml", pagePath: "/", title: "T", description: "D" });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<id>https://tracker.example${entryPath(entries[0]!)}</id>`);
    expect(xml).not.toContain("<b>&</b>");
    expect(xml).not.toContain("]]> done");
    expect(xml).toContain("Tanks &#60;b&#62;&#38;&#60;/b&#62; shells");
    expect(xml.match(/<entry>/g)).toHaveLength(entries.length);
    const response = atomResponse(new Request("https://tracker.example/feed.xml"), xml);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const again = atomResponse(new Request("https://tracker.example/feed.xml", { headers: { "If-None-Match": response.headers.get("etag")! } }), xml);
    expect(again.status).toBe(304);
  });
});
