// The deal page's data and the lookups that keep its links stable, against a real seeded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementSlugById, getAgreementCard, getAgreementPage, resolveAgreementSlug } from "@/lib/data/agreement-page";
import { rankRelatedDeals } from "@/lib/deals/related";
import { listPublicPagePaths } from "@/lib/data/sitemap";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const SLUG = "uk-ukraine-licensed-production-talks";

/** The reference: rank every public deal in JavaScript (what the page did before the database shortlisted). */
async function relatedByRankingEveryDeal(db: TestDatabase, slug: string) {
  const rows = await db.prisma.agreement.findMany({
    where: { isPublished: true, deletedAt: null },
    select: { slug: true, categories: true, startDate: true, parties: { select: { actor: { select: { slug: true } } }, orderBy: { id: "asc" } } },
  });
  const deals = rows.map((d) => ({
    slug: d.slug,
    categories: d.categories as string[],
    startDate: d.startDate?.toISOString().slice(0, 10) ?? null,
    parties: d.parties.map((p) => p.actor),
  }));
  const current = deals.find((d) => d.slug === slug)!;
  return rankRelatedDeals(current, deals).map((r) => ({ slug: r.deal.slug, parties: r.sharedParties.map((p) => p.slug), categories: r.sharedCategories }));
}

async function relatedOnPage(db: TestDatabase, slug: string) {
  const deal = (await getAgreementPage(db.prisma, slug))!;
  return deal.related.map((r) => ({ slug: r.slug, parties: r.sharedParties.map((p) => p.slug), categories: r.sharedCategories }));
}

describe.each(databaseModes)("deal page data on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("gathers the deal with parties, dated status history, quotes, linked events, related deals and its sources", async () => {
    const deal = (await getAgreementPage(db.prisma, SLUG))!;
    expect(deal.title).toMatch(/British defence firms/);
    expect(deal.parties.map((p) => p.actor.slug)).toEqual(expect.arrayContaining(["united-kingdom", "ukraine", "united-states"]));
    expect(deal.statusHistory[0]).toMatchObject({ status: "IN_TALKS", date: { date: "2023-02-11", precision: "DAY", inferred: true } });
    expect(deal.statusHistory[0]!.citations[0]!.quote).toMatch(/Telegraph reported/);
    expect(deal.events.length).toBeGreaterThan(3);
    expect(deal.events.every((e) => e.citations.length > 0)).toBe(true);
    expect(deal.sources).toEqual([expect.objectContaining({ source: expect.objectContaining({ slug: "france24-uk-ukraine-licensed-production-2023" }) })]);
    expect(deal.sources[0]!.quotes).toBe(deal.citationCount);
    expect(deal.permalinkPath).toMatch(/^\/d\/\d+$/);
    expect(deal.related.length).toBeGreaterThan(0);
    expect(deal.related.map((r) => r.slug)).not.toContain(SLUG);
    for (const r of deal.related) expect(r.sharedParties.length + r.sharedCategories.length).toBeGreaterThan(0);
  });

  it("shows, for every deal, the related deals that ranking every public deal in JavaScript gives", async () => {
    for (const { slug } of dataset.agreements) {
      expect({ slug, related: await relatedOnPage(db, slug) }).toEqual({ slug, related: await relatedByRankingEveryDeal(db, slug) });
    }
  });

  it("leaves a hidden deal out of related deals and out of the counts that weigh them", async () => {
    const [top] = await relatedOnPage(db, SLUG);
    await db.prisma.agreement.update({ where: { slug: top!.slug }, data: { isPublished: false } });
    try {
      const related = await relatedOnPage(db, SLUG);
      expect(related.map((r) => r.slug)).not.toContain(top!.slug);
      expect(related).toEqual(await relatedByRankingEveryDeal(db, SLUG));
    } finally {
      await db.prisma.agreement.update({ where: { slug: top!.slug }, data: { isPublished: true } });
    }
  });

  it("includes pledges made under a deal", async () => {
    const deal = (await getAgreementPage(db.prisma, "us-credit-line-700m-allies-2022-04"))!;
    expect(deal.pledges.length).toBeGreaterThan(0);
    expect(deal.pledges[0]!.citations.length).toBeGreaterThan(0);
  });

  it("gives null for unknown or unpublished deals", async () => {
    expect(await getAgreementPage(db.prisma, "no-such-deal")).toBeNull();
    await db.prisma.agreement.update({ where: { slug: "uk-ukraine-close-military-cooperation" }, data: { isPublished: false } });
    expect(await getAgreementPage(db.prisma, "uk-ukraine-close-military-cooperation")).toBeNull();
    expect(await getAgreementCard(db.prisma, "uk-ukraine-close-military-cooperation")).toBeNull();
    await db.prisma.agreement.update({ where: { slug: "uk-ukraine-close-military-cooperation" }, data: { isPublished: true } });
  });

  it("resolves a current slug to itself and a former slug to the current one; nothing for unknown slugs", async () => {
    const { id } = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await db.prisma.agreementSlug.create({ data: { slug: "british-firms-licence-old", agreementId: id } });
    expect(await resolveAgreementSlug(db.prisma, SLUG)).toEqual({ kind: "current", slug: SLUG, id });
    expect(await resolveAgreementSlug(db.prisma, "british-firms-licence-old")).toEqual({ kind: "moved", slug: SLUG, id });
    expect(await resolveAgreementSlug(db.prisma, "never-existed")).toBeNull();
    expect(await agreementSlugById(db.prisma, id)).toBe(SLUG);
    expect(await agreementSlugById(db.prisma, 999_999)).toBeNull();
  });

  it("keeps a former slug pointing at the deal after it is renamed again", async () => {
    const { id } = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "ukraine-arms-exports-reopening-2026" }, select: { id: true } });
    await db.prisma.$transaction([
      db.prisma.agreementSlug.create({ data: { slug: "ukraine-arms-exports-reopening-2026", agreementId: id } }),
      db.prisma.agreement.update({ where: { id }, data: { slug: "ukraine-reopens-arms-exports" } }),
    ]);
    expect(await resolveAgreementSlug(db.prisma, "ukraine-arms-exports-reopening-2026")).toEqual({ kind: "moved", slug: "ukraine-reopens-arms-exports", id });
    expect(await agreementSlugById(db.prisma, id)).toBe("ukraine-reopens-arms-exports");
    await db.prisma.$transaction([
      db.prisma.agreementSlug.delete({ where: { slug: "ukraine-arms-exports-reopening-2026" } }),
      db.prisma.agreement.update({ where: { id }, data: { slug: "ukraine-arms-exports-reopening-2026" } }),
    ]);
  });

  it("lists every public deal, actor and source page for the sitemap", async () => {
    const paths = (await listPublicPagePaths(db.prisma)).map((p) => p.path);
    expect(paths.filter((p) => p.startsWith("/deals/"))).toHaveLength(dataset.agreements.length);
    expect(paths.filter((p) => p.startsWith("/actors/"))).toHaveLength(dataset.actors.length);
    expect(paths.filter((p) => p.startsWith("/sources/"))).toHaveLength(dataset.sources.length);
    expect(paths).toContain(`/deals/${SLUG}`);
  });
});
