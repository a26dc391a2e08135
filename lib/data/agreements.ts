import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type AgreementQuery } from "@/lib/schemas/query";
import type { DealSort } from "@/lib/lists/sorts";
import { clampPage, type NumberedPage, type PageRequest } from "./paging";
import { agreementIdsWithCategories, searchAgreementIds } from "./search";
import { actorRefSelect, citationSelect, toCitation, toDate, toMoney, visible, type Page } from "./shared";

export const agreementSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  type: true,
  status: true,
  confidence: true,
  categories: true,
  workLocation: true,
  workCountryCodes: true,
  valueDisclosure: true,
  valueAmount: true,
  valueCurrency: true,
  startDate: true,
  startDatePrecision: true,
  updatedAt: true,
  parties: {
    select: { role: true, note: true, actor: { select: actorRefSelect }, citations: { select: citationSelect } },
    orderBy: { id: "asc" },
  },
  statusHistory: {
    select: { status: true, date: true, datePrecision: true, dateInferred: true, note: true, citations: { select: citationSelect } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  },
  citations: { select: citationSelect, orderBy: { id: "asc" } },
} satisfies Prisma.AgreementSelect;

type AgreementRow = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

export function toAgreementDto(row: AgreementRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    type: row.type,
    status: row.status,
    confidence: row.confidence,
    categories: row.categories,
    workLocation: row.workLocation,
    workCountryCodes: row.workCountryCodes,
    value: toMoney(row),
    startDate: toDate(row.startDate, row.startDatePrecision),
    parties: row.parties.map((p) => ({ role: p.role, note: p.note, actor: p.actor, citations: p.citations.map(toCitation) })),
    statusHistory: row.statusHistory.map((s) => ({
      status: s.status,
      date: toDate(s.date, s.datePrecision, s.dateInferred)!,
      note: s.note,
      citations: s.citations.map(toCitation),
    })),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type AgreementDto = ReturnType<typeof toAgreementDto>;

export async function agreementWhere(db: PrismaClient, query: Omit<AgreementQuery, "limit" | "cursor">): Promise<Prisma.AgreementWhereInput> {
  const and: Prisma.AgreementWhereInput[] = [visible];
  if (query.q) and.push({ id: { in: await searchAgreementIds(db, query.q) } });
  if (query.type) and.push({ type: { in: query.type } });
  if (query.status) and.push({ status: { in: query.status } });
  if (query.category) and.push({ id: { in: await agreementIdsWithCategories(db, query.category) } });
  if (query.country)
    and.push({ OR: [{ parties: { some: { actor: { countryCode: query.country } } } }, { workCountryCodes: { has: query.country } }] });
  if (query.actor) and.push({ parties: { some: { actor: { slug: query.actor } } } });
  if (query.from) and.push({ startDate: { gte: query.from } });
  if (query.to) and.push({ startDate: { lte: query.to } });
  return { AND: and };
}

export async function listAgreements(db: PrismaClient, query: AgreementQuery): Promise<Page<AgreementDto>> {
  const where = await agreementWhere(db, query);
  const rows = await db.agreement.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: query.cursor } }] } : where,
    select: agreementSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toAgreementDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getAgreement(db: PrismaClient, slug: string): Promise<AgreementDto | null> {
  const row = await db.agreement.findFirst({ where: { slug, ...visible }, select: agreementSelect });
  return row ? toAgreementDto(row) : null;
}

type AgreementFilters = Omit<AgreementQuery, "limit" | "cursor">;

const dealOrder: Record<DealSort, Prisma.AgreementOrderByWithRelationInput[]> = {
  newest: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  oldest: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  // Statuses sort in their lifecycle order (rumoured → … → cancelled), as declared in the schema.
  status: [{ status: "asc" }, { startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
};

/** One numbered page of agreements for the /deals list, with the total matching the filters. */
export async function listAgreementsPage(
  db: PrismaClient,
  filters: AgreementFilters,
  sort: DealSort,
  request: PageRequest,
): Promise<NumberedPage<AgreementDto>> {
  const where = await agreementWhere(db, filters);
  const total = await db.agreement.count({ where });
  const { page, pageCount, skip } = clampPage(total, request);
  const rows = await db.agreement.findMany({ where, select: agreementSelect, orderBy: dealOrder[sort], skip, take: request.per });
  return { data: rows.map(toAgreementDto), total, page, per: request.per, pageCount };
}

/** Every agreement matching the filters, in the list's order (for the CSV export). */
export async function listAllAgreements(db: PrismaClient, filters: AgreementFilters, sort: DealSort, max = 10_000): Promise<AgreementDto[]> {
  const where = await agreementWhere(db, filters);
  const rows = await db.agreement.findMany({ where, select: agreementSelect, orderBy: dealOrder[sort], take: max });
  return rows.map(toAgreementDto);
}
