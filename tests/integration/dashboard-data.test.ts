// The dashboard's read functions against a real seeded database: list pages filter exactly as the API
// does, sort and page without losing rows, and the profile, source and search pages get what they show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActorProfile } from "@/lib/data/actor-profile";
import { actorActivity, listActorsPage } from "@/lib/data/actors";
import { listAgreements, listAgreementsPage, listAllAgreements } from "@/lib/data/agreements";
import { listAllEvents, listEvents, listTimelinePage } from "@/lib/data/events";
import { dealFacets, pledgeFacets } from "@/lib/data/facets";
import { getOverview, overviewCharts } from "@/lib/data/overview";
import { listAllPledges, listPledges, listPledgesPage } from "@/lib/data/pledges";
import { searchEverything } from "@/lib/data/search-all";
import { getCitingRecords } from "@/lib/data/source-citations";
import { dealListSchema, parseListParams, pledgeListSchema, timelineSchema } from "@/lib/lists/params";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agreementQuerySchema, eventQuerySchema, pledgeQuerySchema, type AgreementQuery, type EventQuery, type PledgeQuery } from "@/lib/schemas/query";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("dashboard data on %s", (mode) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  const dealQueries = ["", "country=GB", "status=IN_TALKS&type=LICENSED_PRODUCTION", "category=ARTILLERY", "from=2023&to=2024", "q=licensed+production+artillery", "actor=defense-conseil-international"];

  it.each(dealQueries)("the /deals list and the API select the same agreements for ?%s", async (qs) => {
    const page = parseListParams(dealListSchema, new URLSearchParams(qs));
    const { sort: _s, page: _p, per: _per, ...filters } = page.query;
    const html = await listAgreementsPage(db.prisma, filters, "title", { page: 1, per: 100 });
    const api = await listAgreements(db.prisma, agreementQuerySchema.parse({ ...Object.fromEntries(new URLSearchParams(qs)), limit: "200" }));
    expect(html.data.map((a) => a.slug).sort()).toEqual(api.data.map((a) => a.slug).sort());
    expect(html.total).toBe(api.data.length);
  });

  // The lists filter in SQL (lib/data/sql-list.ts); Prisma's relation filters say the same thing
  // independently, so each filter is checked against them.
  const from = new Date("2023-01-01");
  const to = new Date("2023-12-31T23:59:59.999Z");
  const dealFilters: [string, Omit<AgreementQuery, "limit">, Prisma.AgreementWhereInput][] = [
    ["a party's country", { country: "PL" }, { OR: [{ parties: { some: { actor: { countryCode: "PL" } } } }, { workCountryCodes: { has: "PL" } }] }],
    ["the country of work", { country: "BE" }, { OR: [{ parties: { some: { actor: { countryCode: "BE" } } } }, { workCountryCodes: { has: "BE" } }] }],
    ["actor", { actor: "ukraine" }, { parties: { some: { actor: { slug: "ukraine" } } } }],
    ["type and status", { type: ["LICENSED_PRODUCTION", "JOINT_VENTURE"], status: ["IN_TALKS", "SIGNED"] }, { type: { in: ["LICENSED_PRODUCTION", "JOINT_VENTURE"] }, status: { in: ["IN_TALKS", "SIGNED"] } }],
    ["dates", { from, to }, { startDate: { gte: from, lte: to } }],
  ];
  it.each(dealFilters)("filters deals by %s as Prisma's relation filters do", async (_name, filters, where) => {
    const expected = await db.prisma.agreement.findMany({ where: { AND: [{ isPublished: true, deletedAt: null }, where] }, select: { slug: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect((await listAllAgreements(db.prisma, filters, "title")).map((a) => a.slug).sort()).toEqual(expected.map((a) => a.slug).sort());
  });

  const pledgeFilters: [string, Omit<PledgeQuery, "limit">, Prisma.PledgeWhereInput][] = [
    ["country", { country: "UA" }, { OR: [{ donor: { countryCode: "UA" } }, { recipients: { some: { actor: { countryCode: "UA" } } } }] }],
    ["actor", { actor: "ukraine" }, { OR: [{ donor: { slug: "ukraine" } }, { recipients: { some: { actor: { slug: "ukraine" } } } }] }],
    ["donor country", { donor: "US" }, { donor: { countryCode: "US" } }],
    ["kind, status and category", { type: ["EQUIPMENT"], status: ["PLEDGED", "DELIVERED"], category: ["MISSILES", "AIR_DEFENCE"] }, { kind: { in: ["EQUIPMENT"] }, status: { in: ["PLEDGED", "DELIVERED"] }, category: { in: ["MISSILES", "AIR_DEFENCE"] } }],
    ["dates", { from, to }, { date: { gte: from, lte: to } }],
  ];
  it.each(pledgeFilters)("filters pledges by %s as Prisma's relation filters do", async (_name, filters, where) => {
    const expected = await db.prisma.pledge.findMany({ where: { AND: [{ isPublished: true, deletedAt: null }, where] }, select: { slug: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect((await listAllPledges(db.prisma, filters)).map((p) => p.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
  });

  const eventFilters: [string, Omit<EventQuery, "limit">, Prisma.EventWhereInput][] = [
    ["country", { country: "GB" }, { OR: [{ placeCountryCode: "GB" }, { actors: { some: { actor: { countryCode: "GB" } } } }] }],
    ["actor", { actor: "ukraine" }, { actors: { some: { actor: { slug: "ukraine" } } } }],
    ["kind", { type: ["VISIT", "STATEMENT"] }, { kind: { in: ["VISIT", "STATEMENT"] } }],
    ["overlapping dates", { from, to }, { OR: [{ date: { gte: from } }, { endDate: { gte: from } }], date: { lte: to } }],
    // 27–29 Sep 2022 overlaps 28–30 Sep by its end date alone.
    ["the last days of a multi-day event", { from: new Date("2022-09-28"), to: new Date("2022-09-30T23:59:59.999Z") }, { OR: [{ date: { gte: new Date("2022-09-28") } }, { endDate: { gte: new Date("2022-09-28") } }], date: { lte: new Date("2022-09-30T23:59:59.999Z") } }],
  ];
  it.each(eventFilters)("filters events by %s as Prisma's relation filters do", async (_name, filters, where) => {
    const expected = await db.prisma.event.findMany({ where: { AND: [{ isPublished: true, deletedAt: null }, where] }, select: { slug: true } });
    expect(expected.length).toBeGreaterThan(0);
    expect((await listAllEvents(db.prisma, filters)).map((e) => e.slug).sort()).toEqual(expected.map((e) => e.slug).sort());
  });

  it("pages through deals in order without gaps or repeats", async () => {
    const first = await listAgreementsPage(db.prisma, {}, "oldest", { page: 1, per: 10 });
    const second = await listAgreementsPage(db.prisma, {}, "oldest", { page: 2, per: 10 });
    expect(first.pageCount).toBe(Math.ceil(dataset.agreements.length / 10));
    const slugs = [...first.data, ...second.data].map((a) => a.slug);
    expect(new Set(slugs).size).toBe(dataset.agreements.length);
    const dated = [...first.data, ...second.data].filter((a) => a.startDate).map((a) => a.startDate!.date);
    expect(dated).toEqual([...dated].sort());
    const past = await listAgreementsPage(db.prisma, {}, "oldest", { page: 99, per: 10 });
    expect(past.page).toBe(first.pageCount);
  });

  it("filters pledges the way the API does, and by donor country alone", async () => {
    for (const qs of ["status=PLEDGED", "country=FR", "donor=FR", "category=MISSILES"]) {
      const { query } = parseListParams(pledgeListSchema, new URLSearchParams(qs));
      const { sort: _s, page: _p, per: _per, ...filters } = query;
      const html = await listPledgesPage(db.prisma, filters, "newest", { page: 1, per: 100 });
      const api = await listPledges(db.prisma, pledgeQuerySchema.parse({ ...Object.fromEntries(new URLSearchParams(qs)), limit: "200" }));
      expect(html.data.map((p) => p.slug).sort()).toEqual(api.data.map((p) => p.slug).sort());
    }
    const fromFrance = await listAllPledges(db.prisma, { donor: "FR" });
    expect(fromFrance.length).toBeGreaterThan(0);
    expect(fromFrance.every((p) => p.donor.countryCode === "FR")).toBe(true);
  });

  it("sorts pledges by USD value with undisclosed values last, never as 0", async () => {
    const byValue = await listAllPledges(db.prisma, {}, "value");
    const known = byValue.filter((p) => p.usd);
    expect(byValue.slice(0, known.length)).toEqual(known);
    const amounts = known.map((p) => Number(p.usd!.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("shows the timeline in date order, with year filter and API-identical filters", async () => {
    const all = await listTimelinePage(db.prisma, {}, "oldest", { page: 1, per: 100 });
    expect(all.total).toBe(dataset.events.length);
    const dates = all.data.map((e) => e.date.date);
    expect(dates).toEqual([...dates].sort());
    const { query } = parseListParams(timelineSchema, { year: "2024", type: "STATEMENT" });
    const in2024 = await listTimelinePage(db.prisma, { type: query.type, from: new Date("2024-01-01"), to: new Date("2024-12-31T23:59:59.999Z") }, "oldest", { page: 1, per: 100 });
    expect(in2024.data.length).toBeGreaterThan(0);
    expect(in2024.data.every((e) => e.kind === "STATEMENT" && e.date.date.startsWith("2024"))).toBe(true);
    const api = await listEvents(db.prisma, eventQuerySchema.parse({ country: "GB", limit: "200" }));
    const html = await listTimelinePage(db.prisma, { country: "GB" }, "oldest", { page: 1, per: 100 });
    expect(html.data.map((e) => e.slug).sort()).toEqual(api.data.map((e) => e.slug).sort());
  });

  it("lists actors with how many records each appears in, busiest first when asked", async () => {
    const page = await listActorsPage(db.prisma, {}, "activity", { page: 1, per: 100 });
    expect(page.total).toBe(dataset.actors.length);
    const weights = page.data.map((a) => a.activity.agreements + a.activity.pledgesMade + a.activity.pledgesReceived + a.activity.events);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const ukraine = page.data.find((a) => a.slug === "ukraine")!;
    const expected = dataset.agreements.filter((a) => a.parties.some((p) => p.actor === "ukraine")).length;
    expect(ukraine.activity.agreements).toBe(expected);
    const byId = await actorActivity(db.prisma, [ukraine.id]);
    expect(byId.get(ukraine.id)).toEqual(ukraine.activity);
  });

  it("builds DCI's profile: 55 % French state ownership, its deals with roles, its pledges", async () => {
    const profile = (await getActorProfile(db.prisma, "defense-conseil-international"))!;
    expect(profile.actor.aliases).toContain("DCI");
    const owner = profile.actor.links.find((l) => l.type === "OWNS" && l.direction === "incoming");
    expect(owner).toMatchObject({ sharePercent: "55", actor: { slug: "france" } });
    expect(profile.agreements.length).toBeGreaterThan(0);
    for (const { agreement, roles } of profile.agreements) {
      expect(roles.length).toBeGreaterThan(0);
      expect(agreement.parties.map((p) => p.actor.slug)).toContain("defense-conseil-international");
    }
    expect(profile.pledgesMade.every((p) => p.donor.slug === "defense-conseil-international")).toBe(true);
    expect(await getActorProfile(db.prisma, "no-such-actor")).toBeNull();
  });

  it("lists every record citing a source, with its quotes, grouped by record", async () => {
    const slug = "france24-uk-ukraine-licensed-production-2023";
    const records = await getCitingRecords(db.prisma, slug);
    const deal = records.find((r) => r.kind === "agreement" && r.slug === "uk-ukraine-licensed-production-talks")!;
    expect(deal.href).toBe("/deals/uk-ukraine-licensed-production-talks");
    expect(deal.quotes.some((q) => q.supports?.startsWith("Party: "))).toBe(true);
    expect(deal.quotes.some((q) => q.supports?.startsWith("Status: In talks"))).toBe(true);
    const quoteCount = await db.prisma.citation.count({ where: { source: { slug }, aboutSourceId: null } });
    expect(records.reduce((n, r) => n + r.quotes.length, 0)).toBe(quoteCount);
    const kinds = records.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ["agreement", "pledge", "event", "actor"].indexOf(a) - ["agreement", "pledge", "event", "actor"].indexOf(b)));
  });

  it("searches everything by alias: Britain finds the United Kingdom, DCI finds Défense Conseil International", async () => {
    const britain = await searchEverything(db.prisma, "Britain");
    expect(britain.actors.data.map((a) => a.slug)).toContain("united-kingdom");
    expect(britain.deals.total).toBeGreaterThan(0);
    const dci = await searchEverything(db.prisma, "DCI");
    expect(dci.actors.data.map((a) => a.slug)).toContain("defense-conseil-international");
    expect(dci.deals.data.some((d) => d.parties.some((p) => p.actor.slug === "defense-conseil-international"))).toBe(true);
  });

  it("offers filter choices that occur in the data", async () => {
    const deals = await dealFacets(db.prisma);
    expect(deals.countries).toContain("GB");
    expect(deals.years.length).toBeGreaterThan(0);
    const pledges = await pledgeFacets(db.prisma);
    expect(pledges.donorCountries).toEqual(expect.arrayContaining(["US", "GB", "FR"]));
  });

  it("charts count every record once", async () => {
    const overview = await getOverview(db.prisma);
    const [byDonor, outcomes, byType, byStatus] = overviewCharts(overview);
    const total = (c: typeof byDonor) => c!.rows.reduce((n, r) => n + Object.values(r.values).reduce((a, b) => a + b, 0), 0);
    expect(total(byDonor)).toBe(dataset.pledges.length);
    expect(total(outcomes)).toBe(dataset.pledges.length);
    expect(total(byType)).toBe(dataset.agreements.length);
    expect(total(byStatus)).toBe(dataset.agreements.length);
  });
});
