// Everything the public deal page shows, in one place: the agreement as the API gives it, plus its
// linked pledges and events, related deals and the sources behind it. Also the lookups that keep
// links stable: former slugs and the permanent /d/<id> address.
import { cache } from "react";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { agreementSelect, toAgreementDto } from "./agreements";
import { relatedDeals, relatedShortlist } from "./related-deals";
import { actorRefSelect, citationArgs, toCitation, toDate, toMoney, type CitationDto } from "./shared";
import { isPublicRow, publicAgreement, publicAgreementEvent, publicCitationOfRecord, publicParty, publicPledge } from "./visibility";

const pageSelect = {
  ...agreementSelect,
  createdAt: true,
  version: true,
  pledges: {
    where: publicPledge,
    select: {
      slug: true,
      title: true,
      kind: true,
      item: true,
      status: true,
      valueDisclosure: true,
      valueAmount: true,
      valueCurrency: true,
      date: true,
      datePrecision: true,
      dateInferred: true,
      donor: { select: actorRefSelect },
      citations: citationArgs,
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  },
  events: {
    where: publicAgreementEvent,
    select: {
      event: {
        select: {
          slug: true,
          title: true,
          description: true,
          kind: true,
          date: true,
          datePrecision: true,
          endDate: true,
          dateInferred: true,
          stance: true,
          topic: true,
          citations: citationArgs,
        },
      },
    },
    orderBy: [{ event: { date: "asc" } }, { eventId: "asc" }],
  },
} satisfies Prisma.AgreementSelect;

type PageRow = Prisma.AgreementGetPayload<{ select: typeof pageSelect }>;

export interface SourceUse {
  source: CitationDto["source"];
  quotes: number;
}

/** The distinct sources quoted anywhere on the record, most quoted first. */
export function sourcesOf(citations: CitationDto[]): SourceUse[] {
  const bySlug = new Map<string, SourceUse>();
  for (const c of citations) {
    const use = bySlug.get(c.source.slug) ?? { source: c.source, quotes: 0 };
    use.quotes += 1;
    bySlug.set(c.source.slug, use);
  }
  return [...bySlug.values()].sort((a, b) => b.quotes - a.quotes || a.source.slug.localeCompare(b.source.slug));
}

function toPageDto(row: PageRow) {
  const deal = toAgreementDto(row);
  const pledges = row.pledges.map((p) => ({
    slug: p.slug,
    title: p.title,
    kind: p.kind,
    item: p.item,
    status: p.status,
    value: toMoney(p),
    date: toDate(p.date, p.datePrecision, p.dateInferred),
    donor: p.donor,
    citations: p.citations.map(toCitation),
  }));
  const events = row.events.map(({ event: e }) => ({
    slug: e.slug,
    title: e.title,
    description: e.description,
    kind: e.kind,
    date: toDate(e.date, e.datePrecision, e.dateInferred)!,
    endDate: e.endDate ? e.endDate.toISOString().slice(0, 10) : null,
    stance: e.stance,
    topic: e.topic,
    citations: e.citations.map(toCitation),
  }));
  const allCitations = [
    ...deal.citations,
    ...deal.parties.flatMap((p) => p.citations),
    ...deal.statusHistory.flatMap((s) => s.citations),
  ];
  return {
    ...deal,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    /** The permanent address: survives renames. */
    permalinkPath: `/d/${row.id}`,
    pledges,
    events,
    sources: sourcesOf(allCitations),
    citationCount: allCitations.length,
  };
}

/**
 * The deal page's data by current slug, or null. Cached per request: the page and its metadata share
 * it. The related deals' shortlist is fetched by slug alongside the deal, not after it.
 */
export const getAgreementPage = cache(async (db: PrismaClient, slug: string) => {
  const [row, shortlist] = await Promise.all([db.agreement.findFirst({ where: { slug, ...publicAgreement }, select: pageSelect }), relatedShortlist(db, slug)]);
  if (!row) return null;
  const page = toPageDto(row);
  return { ...page, related: relatedDeals({ ...page, categories: row.categories }, shortlist) };
});
export type AgreementPageDto = NonNullable<Awaited<ReturnType<typeof getAgreementPage>>>;

/** The lean summary the share image and the embeddable card show. */
export const getAgreementCard = cache(async (db: PrismaClient, slug: string) => {
  const row = await db.agreement.findFirst({
    where: { slug, ...publicAgreement },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      type: true,
      status: true,
      confidence: true,
      categories: true,
      valueDisclosure: true,
      valueAmount: true,
      valueCurrency: true,
      updatedAt: true,
      parties: { where: publicParty, select: { role: true, actor: { select: actorRefSelect } }, orderBy: { id: "asc" } },
      statusHistory: { select: { status: true, date: true, datePrecision: true, dateInferred: true }, orderBy: [{ date: "desc" }, { id: "desc" }], take: 1 },
      _count: { select: { citations: { where: publicCitationOfRecord } } },
    },
  });
  if (!row) return null;
  const latest = row.statusHistory[0];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    type: row.type,
    status: row.status,
    confidence: row.confidence,
    categories: row.categories,
    value: toMoney(row),
    parties: row.parties.map((p) => ({ role: p.role, actor: p.actor })),
    statusSince: latest ? toDate(latest.date, latest.datePrecision, latest.dateInferred) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
});
export type AgreementCardDto = NonNullable<Awaited<ReturnType<typeof getAgreementCard>>>;

export type SlugResolution = { kind: "current"; slug: string; id: number } | { kind: "moved"; slug: string; id: number };

/**
 * Where a deal slug points: the deal itself, or — for a former slug of a renamed deal — the deal's
 * current slug. Null when no public deal has or had that slug.
 */
export async function resolveAgreementSlug(db: PrismaClient, slug: string): Promise<SlugResolution | null> {
  const current = await db.agreement.findFirst({ where: { slug, ...publicAgreement }, select: { id: true, slug: true } });
  if (current) return { kind: "current", ...current };
  const former = await db.agreementSlug.findUnique({ where: { slug }, select: { agreement: { select: { id: true, slug: true, isPublished: true, deletedAt: true } } } });
  const target = former?.agreement;
  if (!target || !isPublicRow(target)) return null;
  return { kind: "moved", id: target.id, slug: target.slug };
}

/** The current slug of the public deal with this id (for the permanent /d/<id> address). */
export async function agreementSlugById(db: PrismaClient, id: number): Promise<string | null> {
  const row = await db.agreement.findFirst({ where: { id, ...publicAgreement }, select: { slug: true } });
  return row?.slug ?? null;
}
