// The visibility rule from inside (lib/data/visibility.ts): draft and trashed records linked from
// published ones through every kind of relation (tests/e2e/fixtures/hidden-records.ts) change NO public
// output at all — every read function that feeds a page, the API, an export, a feed, the sitemap, search,
// a share image, an embed, a count, a chart or the network gives exactly what it gave before they were
// added, and nothing names them. The same records are crawled over HTTP in tests/e2e/security-visibility.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActorProfile } from "@/lib/data/actor-profile";
import { getCooperationMap } from "@/lib/data/cooperation-map";
import { parseMapParams } from "@/lib/map/params";
import { actorActivity, getActor, listActors, listActorsPage } from "@/lib/data/actors";
import { getAgreementCard, getAgreementPage, resolveAgreementSlug } from "@/lib/data/agreement-page";
import { getAgreement, listAgreements, listAgreementsPage } from "@/lib/data/agreements";
import { getEvent, listEvents, listTimelinePage } from "@/lib/data/events";
import { actorFacets, dealFacets, pledgeFacets, timelineFacets } from "@/lib/data/facets";
import { feedActor, feedEntries } from "@/lib/data/feed";
import { getOverview, overviewCharts } from "@/lib/data/overview";
import { getPledge, listPledges, listPledgesPage } from "@/lib/data/pledges";
import { getPair, getRelationshipView, loadGraphInput } from "@/lib/data/relationships";
import { searchEverything } from "@/lib/data/search-all";
import { listPublicPagePaths } from "@/lib/data/sitemap";
import { getCitingRecords } from "@/lib/data/source-citations";
import { getSource, listSources } from "@/lib/data/sources";
import { csvChunks, exportJsonChunks } from "@/lib/export/stream";
import { csvEntities } from "@/lib/export/columns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultFilters } from "@/lib/relationships/graph";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { HIDDEN, HIDDEN_STRINGS } from "../e2e/fixtures/hidden";
import { addHiddenRecords } from "../e2e/fixtures/hidden-records";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}

/** Every public output's data, by name. */
async function publicOutputs(db: PrismaClient): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const all = { limit: 200 };
  const [actors, agreements, pledges, events, sources] = await Promise.all([
    listActors(db, all),
    listAgreements(db, all),
    listPledges(db, all),
    listEvents(db, all),
    listSources(db, all),
  ]);
  Object.assign(out, { actors, agreements, pledges, events, sources });
  out.sitemap = await listPublicPagePaths(db);
  for (const a of actors.data) {
    out[`actor:${a.slug}`] = await getActor(db, a.slug);
    out[`profile:${a.slug}`] = await getActorProfile(db, a.slug);
    out[`feed:${a.slug}`] = [await feedActor(db, a.slug), await feedEntries(db, { actorSlug: a.slug })];
  }
  out.activity = Object.fromEntries(
    await actorActivity(
      db,
      actors.data.map((a) => a.id),
    ),
  );
  for (const g of agreements.data) {
    out[`agreement:${g.slug}`] = await getAgreement(db, g.slug);
    out[`deal-page:${g.slug}`] = await getAgreementPage(db, g.slug);
    out[`deal-card:${g.slug}`] = await getAgreementCard(db, g.slug);
  }
  for (const p of pledges.data) out[`pledge:${p.slug}`] = await getPledge(db, p.slug);
  for (const e of events.data) out[`event:${e.slug}`] = await getEvent(db, e.slug);
  for (const s of sources.data) out[`source:${s.slug}`] = [await getSource(db, s.slug), await getCitingRecords(db, s.slug)];
  out.feed = await feedEntries(db);
  const overview = await getOverview(db);
  out.overview = { ...overview, charts: overviewCharts(overview) };
  out.facets = [await dealFacets(db), await pledgeFacets(db), await timelineFacets(db), await actorFacets(db)];
  out.network = [
    await getRelationshipView(db),
    await getRelationshipView(db, { ...defaultFilters, includeOrganisations: true }),
    await loadGraphInput(db),
  ];
  for (const [a, b] of [
    ["GB", "UA"],
    ["FR", "UA"],
    ["US", "UA"],
    ["GB", "FR"],
  ])
    out[`pair:${a}-${b}`] = await getPair(db, a!, b!);
  out.export = (await text(exportJsonChunks(db, new Date(0)))).replace(/"generatedAt":"[^"]+"/, "");
  for (const entity of csvEntities) out[`csv:${entity}`] = await text(csvChunks(db, entity));
  out.search = await searchEverything(db, "Ukraine");
  out.map = await getCooperationMap(db, parseMapParams({}).filters);
  return out;
}

/** What a visitor can ask for by a hidden record's name or slug: all of it must come back empty. */
async function probes(db: PrismaClient) {
  const { draftActor, trashedActor, draftDeal, draftPledge, trashedEvent, trashedSource } = HIDDEN;
  const page = { page: 1, per: 100 };
  const found: Record<string, unknown> = {};
  for (const q of [
    draftActor.name,
    draftActor.alias,
    trashedActor.name,
    draftDeal.title,
    draftPledge.title,
    trashedEvent.title,
    trashedSource.title,
    HIDDEN.pledgeOfDraftDonor.title,
  ]) {
    const s = await searchEverything(db, q);
    found[`search:${q}`] = [s.actors.total, s.deals.total, s.pledges.total, s.events.total, s.sources.length];
  }
  for (const actor of [draftActor.slug, trashedActor.slug]) {
    found[`deals-of:${actor}`] = (await listAgreementsPage(db, { actor }, "newest", page)).total;
    found[`pledges-of:${actor}`] = (await listPledgesPage(db, { actor }, "newest", page)).total;
    found[`events-of:${actor}`] = (await listTimelinePage(db, { actor }, "oldest", page)).total;
    found[`actor:${actor}`] = [await getActor(db, actor), await getActorProfile(db, actor), await feedActor(db, actor)];
  }
  found.countryActors = (await listActorsPage(db, { country: "GB", type: ["COMPANY"] }, "name", page)).data
    .map((a) => a.slug)
    .filter((s) => s.startsWith("zz-"));
  found.records = [
    await getAgreement(db, draftDeal.slug),
    await getAgreementPage(db, draftDeal.slug),
    await getAgreementCard(db, draftDeal.slug),
    await resolveAgreementSlug(db, draftDeal.slug),
    await getPledge(db, draftPledge.slug),
    await getPledge(db, HIDDEN.pledgeOfDraftDonor.slug),
    await getEvent(db, trashedEvent.slug),
    await getSource(db, trashedSource.slug),
  ];
  return found;
}

describe.each(databaseModes)("visibility rule on %s", (mode) => {
  let db: TestDatabase;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    before = await publicOutputs(db.prisma);
    await addHiddenRecords(db.prisma);
  }, 240_000);
  afterAll(() => db.drop());

  it("the fixture really links hidden records from published ones", async () => {
    const hiddenActor = await db.prisma.actor.findUniqueOrThrow({
      where: { slug: HIDDEN.draftActor.slug },
      select: { _count: { select: { parties: true, pledgesGot: true, events: true, linksFrom: true, pledgesMade: true } } },
    });
    expect(Object.values(hiddenActor._count).every((n) => n > 0)).toBe(true);
    expect(await db.prisma.citation.count({ where: { source: { slug: HIDDEN.trashedSource.slug } } })).toBe(3);
  });

  it("adding draft and trashed records linked from published ones changes no public output", async () => {
    const after = await publicOutputs(db.prisma);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
    expect(changed).toEqual([]);
    const all = JSON.stringify(after);
    for (const hidden of HIDDEN_STRINGS) expect(all.includes(hidden), hidden).toBe(false);
  }, 240_000);

  it("asking for a hidden record by its name or slug finds nothing", async () => {
    const found = await probes(db.prisma);
    const empty = Object.fromEntries(
      Object.entries(found).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((x) => (typeof x === "number" ? 0 : null)) : typeof v === "number" ? 0 : v,
      ]),
    );
    empty.countryActors = [];
    expect(found).toEqual(empty);
  });
});
