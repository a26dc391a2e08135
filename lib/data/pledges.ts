import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type PledgeQuery } from "@/lib/schemas/query";
import type { PledgeSort } from "@/lib/lists/sorts";
import type { NumberedPage, PageRequest } from "./paging";
import { pledgeSearch } from "./search";
import { afterCursor, enumArray, inIdOrder, listIds, pageOfIds, sqlDay, type SqlList } from "./sql-list";
import { actorRefSelect, citationArgs, toCitation, toDate, toMoney, type Page } from "./shared";
import { ifPublic, publicPledge, publicPledgeEvent, publicRecipient, publicSql, visibilityFields } from "./visibility";

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
  recipients: { where: publicRecipient, select: { actor: { select: actorRefSelect } } },
  agreement: { select: { slug: true, title: true, ...visibilityFields } },
  events: { where: publicPledgeEvent, select: { event: { select: { slug: true, title: true } } } },
  citations: citationArgs,
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
    agreement: ifPublic(row.agreement),
    events: row.events.map((e) => e.event),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PledgeDto = ReturnType<typeof toPledgeDto>;

type PledgeFilters = Omit<PledgeQuery, "limit" | "cursor">;

/** Pledges whose donor or a public recipient (actor `a`) meets the condition, as a set of ids (so indexes find them). */
const withDonorOrRecipient = (condition: Prisma.Sql) => Prisma.sql`
  SELECT dp.id FROM "Pledge" dp JOIN "Actor" a ON a.id = dp."donorId" WHERE ${condition}
  UNION SELECT r."pledgeId" FROM "PledgeRecipient" r JOIN "Actor" a ON a.id = r."actorId" WHERE ${condition} AND ${publicSql.actor("a")}`;

/** The public pledges matching the filters — the one definition of the filters, for lists, the API and the overview. */
export function pledgeList(query: PledgeFilters): SqlList {
  const and: Prisma.Sql[] = [publicSql.pledge("p")];
  if (query.q) and.push(Prisma.sql`p.id IN (${pledgeSearch(query.q)})`);
  if (query.type) and.push(Prisma.sql`p.kind = ANY(${enumArray(query.type, "PledgeKind")})`);
  if (query.status) and.push(Prisma.sql`p.status = ANY(${enumArray(query.status, "PledgeStatus")})`);
  if (query.category) and.push(Prisma.sql`p.category = ANY(${enumArray(query.category, "EquipmentCategory")})`);
  if (query.country) and.push(Prisma.sql`p.id IN (${withDonorOrRecipient(Prisma.sql`a."countryCode" = ${query.country}`)})`);
  if (query.actor) and.push(Prisma.sql`p.id IN (${withDonorOrRecipient(Prisma.sql`a.slug = ${query.actor}`)})`);
  if (query.donor) and.push(Prisma.sql`p."donorId" IN (SELECT a.id FROM "Actor" a WHERE a."countryCode" = ${query.donor})`);
  if (query.from) and.push(Prisma.sql`p.date >= ${sqlDay(query.from)}`);
  if (query.to) and.push(Prisma.sql`p.date <= ${sqlDay(query.to)}`);
  return { from: Prisma.sql`"Pledge" p`, where: Prisma.join(and, " AND "), countKey: and.length === 1 ? "pledges" : undefined };
}

async function loadInOrder(db: PrismaClient, ids: number[]) {
  const rows = ids.length > 0 ? await db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeSelect }) : [];
  return inIdOrder(ids, rows).map(toPledgeDto);
}

export async function listPledges(db: PrismaClient, query: PledgeQuery): Promise<Page<PledgeDto>> {
  const id = Prisma.sql`p.id`;
  const ids = await listIds(db, afterCursor(pledgeList(query), id, query.cursor), id, query.limit + 1);
  const page = await loadInOrder(db, ids.slice(0, query.limit));
  return { data: page, nextCursor: ids.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getPledge(db: PrismaClient, slug: string): Promise<PledgeDto | null> {
  const row = await db.pledge.findFirst({ where: { slug, ...publicPledge }, select: pledgeSelect });
  return row ? toPledgeDto(row) : null;
}

const pledgeOrder: Record<PledgeSort, Prisma.Sql> = {
  newest: Prisma.sql`p.date DESC NULLS LAST, p.id DESC`,
  oldest: Prisma.sql`p.date ASC NULLS LAST, p.id ASC`,
  title: Prisma.sql`p.title ASC, p.id ASC`,
  status: Prisma.sql`p.status ASC, p.date DESC NULLS LAST, p.id ASC`,
  // Only the USD normalisation compares across currencies; undisclosed values sort last, never as 0.
  value: Prisma.sql`p."usdAmount" DESC NULLS LAST, p.id ASC`,
};

/** One numbered page of pledges for the /pledges list, with the total matching the filters. */
export async function listPledgesPage(db: PrismaClient, filters: PledgeFilters, sort: PledgeSort, request: PageRequest): Promise<NumberedPage<PledgeDto>> {
  const { total, page, pageCount, ids } = await pageOfIds(db, pledgeList(filters), pledgeOrder[sort], request);
  return { data: await loadInOrder(db, ids), total, page, per: request.per, pageCount };
}

/** The ids of every pledge matching the filters, in the list's order (the selection's CSV streams their records). */
export function pledgeIdsInOrder(db: PrismaClient, filters: PledgeFilters, sort: PledgeSort, max = 1_000_000): Promise<number[]> {
  return listIds(db, pledgeList(filters), pledgeOrder[sort], max);
}

/** Every pledge matching the filters, in the list's order (an actor's profile). */
export async function listAllPledges(db: PrismaClient, filters: PledgeFilters, sort: PledgeSort = "newest", max = 10_000): Promise<PledgeDto[]> {
  return loadInOrder(db, await listIds(db, pledgeList(filters), pledgeOrder[sort], max));
}
