import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type PledgeQuery } from "@/lib/schemas/query";
import type { PledgeSort } from "@/lib/lists/sorts";
import { clampPage, type NumberedPage, type PageRequest } from "./paging";
import { searchPledgeIds } from "./search";
import { actorRefSelect, citationSelect, toCitation, toDate, toMoney, visible, type Page } from "./shared";

/** Every column of a pledge that the API, the pages and the bulk export show (relations differ per use). */
export const pledgeScalarSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  item: true,
  category: true,
  quantity: true,
  unit: true,
  valueDisclosure: true,
  valueAmount: true,
  valueCurrency: true,
  usdAmount: true,
  usdRate: true,
  usdRateDate: true,
  usdRateSource: true,
  status: true,
  confidence: true,
  date: true,
  datePrecision: true,
  dateInferred: true,
  note: true,
  updatedAt: true,
} satisfies Prisma.PledgeSelect;

export const pledgeSelect = {
  ...pledgeScalarSelect,
  donor: { select: actorRefSelect },
  recipients: { select: { actor: { select: actorRefSelect } } },
  agreement: { select: { slug: true, title: true } },
  events: { select: { event: { select: { slug: true, title: true } } } },
  citations: { select: citationSelect, orderBy: { id: "asc" } },
} satisfies Prisma.PledgeSelect;

type PledgeRow = Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>;

export function toPledgeDto(row: PledgeRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    item: row.item,
    category: row.category,
    quantity: row.quantity === null ? null : { amount: row.quantity.toFixed(), unit: row.unit },
    value: toMoney(row),
    usd:
      row.usdAmount === null
        ? null
        : { amount: row.usdAmount.toFixed(), rate: row.usdRate!.toFixed(), rateDate: row.usdRateDate!.toISOString().slice(0, 10), rateSource: row.usdRateSource },
    status: row.status,
    confidence: row.confidence,
    date: toDate(row.date, row.datePrecision, row.dateInferred),
    note: row.note,
    donor: row.donor,
    recipients: row.recipients.map((r) => r.actor),
    agreement: row.agreement,
    events: row.events.map((e) => e.event),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PledgeDto = ReturnType<typeof toPledgeDto>;

export async function pledgeWhere(db: PrismaClient, query: Omit<PledgeQuery, "limit" | "cursor">): Promise<Prisma.PledgeWhereInput> {
  const and: Prisma.PledgeWhereInput[] = [visible];
  if (query.q) and.push({ id: { in: await searchPledgeIds(db, query.q) } });
  if (query.type) and.push({ kind: { in: query.type } });
  if (query.status) and.push({ status: { in: query.status } });
  if (query.category) and.push({ category: { in: query.category } });
  if (query.country)
    and.push({ OR: [{ donor: { countryCode: query.country } }, { recipients: { some: { actor: { countryCode: query.country } } } }] });
  if (query.actor) and.push({ OR: [{ donor: { slug: query.actor } }, { recipients: { some: { actor: { slug: query.actor } } } }] });
  if (query.donor) and.push({ donor: { countryCode: query.donor } });
  if (query.from) and.push({ date: { gte: query.from } });
  if (query.to) and.push({ date: { lte: query.to } });
  return { AND: and };
}

export async function listPledges(db: PrismaClient, query: PledgeQuery): Promise<Page<PledgeDto>> {
  const where = await pledgeWhere(db, query);
  const rows = await db.pledge.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: query.cursor } }] } : where,
    select: pledgeSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toPledgeDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getPledge(db: PrismaClient, slug: string): Promise<PledgeDto | null> {
  const row = await db.pledge.findFirst({ where: { slug, ...visible }, select: pledgeSelect });
  return row ? toPledgeDto(row) : null;
}

type PledgeFilters = Omit<PledgeQuery, "limit" | "cursor">;

const pledgeOrder: Record<PledgeSort, Prisma.PledgeOrderByWithRelationInput[]> = {
  newest: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  oldest: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  status: [{ status: "asc" }, { date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  // Only the USD normalisation compares across currencies; undisclosed values sort last, never as 0.
  value: [{ usdAmount: { sort: "desc", nulls: "last" } }, { id: "asc" }],
};

/** One numbered page of pledges for the /pledges list, with the total matching the filters. */
export async function listPledgesPage(db: PrismaClient, filters: PledgeFilters, sort: PledgeSort, request: PageRequest): Promise<NumberedPage<PledgeDto>> {
  const where = await pledgeWhere(db, filters);
  const total = await db.pledge.count({ where });
  const { page, pageCount, skip } = clampPage(total, request);
  const rows = await db.pledge.findMany({ where, select: pledgeSelect, orderBy: pledgeOrder[sort], skip, take: request.per });
  return { data: rows.map(toPledgeDto), total, page, per: request.per, pageCount };
}

/** Every pledge matching the filters, in the list's order (for the CSV export and the overview). */
export async function listAllPledges(db: PrismaClient, filters: PledgeFilters, sort: PledgeSort = "newest", max = 10_000): Promise<PledgeDto[]> {
  const where = await pledgeWhere(db, filters);
  const rows = await db.pledge.findMany({ where, select: pledgeSelect, orderBy: pledgeOrder[sort], take: max });
  return rows.map(toPledgeDto);
}
