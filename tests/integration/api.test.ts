// The read API's contract, through the same handler factory and data functions the routes use,
// against a real seeded database in each mode.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detailHandler, listHandler } from "@/lib/api/handlers";
import { getActor, listActors } from "@/lib/data/actors";
import { getAgreement, listAgreements, type AgreementDto } from "@/lib/data/agreements";
import { listEvents } from "@/lib/data/events";
import { getPledge, listPledges } from "@/lib/data/pledges";
import { getSource, listSources } from "@/lib/data/sources";
import { actorQuerySchema, agreementQuerySchema, eventQuerySchema, pledgeQuerySchema, sourceQuerySchema } from "@/lib/schemas/query";
import { articlesDir } from "@/lib/seed/dataset";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

/** Every string anywhere in a parsed JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

describe.each(databaseModes)("read API on %s", (mode) => {
  let db: TestDatabase;
  const routes = {
    actors: listHandler(() => db.prisma, actorQuerySchema, listActors),
    agreements: listHandler(() => db.prisma, agreementQuerySchema, listAgreements),
    pledges: listHandler(() => db.prisma, pledgeQuerySchema, listPledges),
    events: listHandler(() => db.prisma, eventQuerySchema, listEvents),
    sources: listHandler(() => db.prisma, sourceQuerySchema, listSources),
  };
  const details = {
    actors: detailHandler(() => db.prisma, "actor", getActor),
    agreements: detailHandler(() => db.prisma, "agreement", getAgreement),
    pledges: detailHandler(() => db.prisma, "pledge", getPledge),
    sources: detailHandler(() => db.prisma, "source", getSource),
  };

  async function get(entity: keyof typeof routes, query = "") {
    const response = await routes[entity](new Request(`http://test/api/v1/${entity}${query}`));
    return { status: response.status, body: (await response.json()) as { data: Record<string, unknown>[]; nextCursor: string | null; error?: string; issues?: { path: string; message: string }[] } };
  }
  async function getOne(entity: keyof typeof details, slug: string) {
    const response = await details[entity](new Request(`http://test/api/v1/${entity}/${slug}`), { params: Promise.resolve({ slug }) });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; error?: string } };
  }
  async function all(entity: keyof typeof routes, query: string) {
    const out: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await get(entity, `${query}${cursor ? `${query ? "&" : "?"}cursor=${cursor}` : ""}`);
      out.push(...body.data);
      cursor = body.nextCursor;
    } while (cursor);
    return out;
  }

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("lists the seeded agreements with parties, status history and verbatim quotes", async () => {
    const { status, body } = await get("agreements", "?limit=200");
    expect(status).toBe(200);
    expect(body.data).toHaveLength(dataset.agreements.length);
    const deal = body.data.find((a) => a.slug === "uk-ukraine-licensed-production-talks") as unknown as AgreementDto;
    expect(deal.type).toBe("LICENSED_PRODUCTION");
    expect(deal.parties.map((p) => p.actor.slug)).toEqual(expect.arrayContaining(["united-kingdom", "ukraine"]));
    expect(deal.parties[0]!.actor).toEqual(expect.objectContaining({ slug: expect.any(String), name: expect.any(String), kind: expect.any(String) }));
    expect(deal.statusHistory[0]).toMatchObject({ status: "IN_TALKS", date: { date: "2023-02-11", precision: "DAY", inferred: true } });
    expect(deal.citations[0]).toMatchObject({ quote: expect.any(String), source: { slug: expect.any(String), title: expect.any(String) } });
    expect(deal.value).toEqual({ disclosure: "UNDISCLOSED", amount: null, currency: null });
  });

  it("pages with limit and cursor: no overlap, nothing missed", async () => {
    const first = await get("actors", "?limit=5");
    expect(first.body.data).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get("actors", `?limit=5&cursor=${first.body.nextCursor}`);
    const firstSlugs = first.body.data.map((a) => a.slug);
    expect(second.body.data.some((a) => firstSlugs.includes(a.slug))).toBe(false);
    const everything = await all("actors", "?limit=7");
    expect(everything).toHaveLength(dataset.actors.length);
    expect(new Set(everything.map((a) => a.slug)).size).toBe(dataset.actors.length);
    const last = await get("actors", "?limit=200");
    expect(last.body.nextCursor).toBeNull();
  });

  it("defaults to 50 records a page", async () => {
    const { body } = await get("actors");
    expect(body.data.length).toBe(Math.min(50, dataset.actors.length));
  });

  it("filters agreements by type, status, country and category", async () => {
    const licensed = await get("agreements", "?type=LICENSED_PRODUCTION");
    expect(licensed.body.data.length).toBeGreaterThan(0);
    expect(licensed.body.data.every((a) => a.type === "LICENSED_PRODUCTION")).toBe(true);

    const talks = await get("agreements", "?status=in_talks");
    expect(talks.body.data.every((a) => a.status === "IN_TALKS")).toBe(true);

    const gb = await get("agreements", "?country=gb&limit=200");
    expect(gb.body.data.map((a) => a.slug)).toContain("uk-ukraine-licensed-production-talks");
    const expectedGb = dataset.agreements.filter(
      (a) => (a.workCountryCodes ?? []).includes("GB") || a.parties.some((p) => dataset.actors.find((x) => x.slug === p.actor)?.countryCode === "GB"),
    );
    expect(gb.body.data).toHaveLength(expectedGb.length);

    const artillery = await get("agreements", "?category=ARTILLERY");
    expect(artillery.body.data.every((a) => (a.categories as string[]).includes("ARTILLERY"))).toBe(true);
  });

  it("filters by date range", async () => {
    const in2023 = await get("agreements", "?from=2023&to=2023&limit=200");
    expect(in2023.body.data.length).toBeGreaterThan(0);
    for (const a of in2023.body.data) expect((a.startDate as { date: string }).date.startsWith("2023")).toBe(true);
    const none = await get("agreements", "?from=1990&to=1990");
    expect(none.body.data).toEqual([]);
  });

  it("searches agreements with full-text search", async () => {
    const { body } = await get("agreements", `?q=${encodeURIComponent("licensed production artillery")}`);
    expect(body.data.map((a) => a.slug)).toContain("uk-ukraine-licensed-production-talks");
  });

  it("finds actors by alias", async () => {
    const britain = await get("actors", "?q=Britain");
    expect(britain.body.data.map((a) => a.slug)).toContain("united-kingdom");
    const lower = await get("actors", "?q=britain");
    expect(lower.body.data.map((a) => a.slug)).toContain("united-kingdom");
  });

  it("filters pledges and events by country", async () => {
    const pledges = await get("pledges", "?country=GB&limit=200");
    expect(pledges.body.data.length).toBeGreaterThan(0);
    for (const p of pledges.body.data) {
      const codes = [(p.donor as { countryCode: string }).countryCode, ...(p.recipients as { countryCode: string }[]).map((r) => r.countryCode)];
      expect(codes).toContain("GB");
    }
    const events = await get("events", "?country=GB&limit=200");
    expect(events.body.data.length).toBeGreaterThan(0);
  });

  it("returns one record by slug, with embedded actors and citations", async () => {
    const { status, body } = await getOne("agreements", "uk-ukraine-licensed-production-talks");
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ slug: "uk-ukraine-licensed-production-talks" });
    const actor = await getOne("actors", "united-kingdom");
    expect(actor.body.data).toMatchObject({ countryCode: "GB", aliases: expect.arrayContaining(["Britain"]) });
    const pledge = await getOne("pledges", dataset.pledges[0]!.slug);
    expect(pledge.body.data).toMatchObject({ donor: expect.objectContaining({ slug: dataset.pledges[0]!.donor }), status: dataset.pledges[0]!.status });
  });

  it("never publishes a source's full text, only the quotes", async () => {
    for (const source of dataset.sources) {
      const text = readFileSync(path.join(articlesDir, source.file), "utf8");
      // Sentences of the article that no quote contains in full: none may appear in any answer.
      const quoted = await db.prisma.citation.findMany({ where: { source: { slug: source.slug } }, select: { quote: true } });
      const passages = text.split(/(?<=[.!?"])\s+/).map((p) => p.trim()).filter((p) => p.length > 60 && !quoted.some((q) => q.quote.includes(p)));
      expect(passages.length, `${source.slug} has unquoted passages to look for`).toBeGreaterThan(0);
      const answers = [(await getOne("sources", source.slug)).body, (await get("sources", "?limit=200")).body].flatMap(stringsIn);
      expect(answers.length).toBeGreaterThan(0);
      for (const passage of passages) expect(answers.filter((a) => a.includes(passage)), passage).toEqual([]);
    }
  });

  it("answers 404 JSON for an unknown slug", async () => {
    const { status, body } = await getOne("agreements", "no-such-deal");
    expect(status).toBe(404);
    expect(body.error).toMatch(/no-such-deal/);
    expect((await getOne("actors", "../../etc")).status).toBe(404);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=201", "limit"],
    ["?limit=ten", "limit"],
    ["?type=SUBMARINES", "type"],
    ["?status=maybe", "status"],
    ["?country=Britain", "country"],
    ["?from=2023-02-30", "from"],
    ["?cursor=bm9wZQ", "cursor"],
    ["?colour=blue", "colour"],
  ])("answers 400 with the issues for %s", async (query, field) => {
    const { status, body } = await get("agreements", query);
    expect(status).toBe(400);
    expect(body.error).toBe("Invalid query parameters.");
    expect(body.issues?.map((i) => i.path)).toContain(field);
  });
});
