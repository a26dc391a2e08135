import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type AgreementQuery } from "@/lib/schemas/query";
import type { DealSort } from "@/lib/lists/sorts";
import type { NumberedPage, PageRequest } from "./paging";
import { agreementSearch } from "./search";
import { afterCursor, enumArray, inIdOrder, listIds, pageOfIds, sqlDay, type SqlList } from "./sql-list";
import { actorRefSelect, citationArgs, toCitation, toDate, toMoney, type Page } from "./shared";
import { publicAgreement, publicParty, publicSql } from "./visibility";

/** The agreement's own columns: shared by the API/pages select and the bulk export. */
export const agreementScalarSelect = {
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
} satisfies Prisma.AgreementSelect;

export const agreementSelect = {
  ...agreementScalarSelect,
  parties: {
    where: publicParty,
    select: { role: true, note: true, actor: { select: actorRefSelect }, citations: citationArgs },
    orderBy: { id: "asc" },
  },
  statusHistory: {
    select: { status: true, date: true, datePrecision: true, dateInferred: true, note: true, citations: citationArgs },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  },
  citations: citationArgs,
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

type AgreementFilters = Omit<AgreementQuery, "limit" | "cursor">;

/** Agreements with a public party (actor `a`) meeting the condition, as a set of ids (so indexes find them). */
const withParty = (condition: Prisma.Sql) =>
  Prisma.sql`SELECT p."agreementId" FROM "AgreementParty" p JOIN "Actor" a ON a.id = p."actorId" WHERE ${condition} AND ${publicSql.actor("a")}`;

/** The public agreements matching the filters — the one definition of the filters, for lists, the API and the overview. */
export function agreementList(query: AgreementFilters): SqlList {
  const and: Prisma.Sql[] = [publicSql.agreement("g")];
  if (query.q) and.push(Prisma.sql`g.id IN (${agreementSearch(query.q)})`);
  if (query.type) and.push(Prisma.sql`g.type = ANY(${enumArray(query.type, "AgreementType")})`);
  if (query.status) and.push(Prisma.sql`g.status = ANY(${enumArray(query.status, "AgreementStatus")})`);
  if (query.category) and.push(Prisma.sql`g.categories && ${enumArray(query.category, "EquipmentCategory")}`);
  if (query.country)
    and.push(Prisma.sql`g.id IN (${withParty(Prisma.sql`a."countryCode" = ${query.country}`)}
      UNION SELECT w.id FROM "Agreement" w WHERE w."workCountryCodes" @> ARRAY[${query.country}]::text[])`);
  if (query.actor) and.push(Prisma.sql`g.id IN (${withParty(Prisma.sql`a.slug = ${query.actor}`)})`);
  if (query.from) and.push(Prisma.sql`g."startDate" >= ${sqlDay(query.from)}`);
  if (query.to) and.push(Prisma.sql`g."startDate" <= ${sqlDay(query.to)}`);
  return { from: Prisma.sql`"Agreement" g`, where: Prisma.join(and, " AND "), countKey: and.length === 1 ? "agreements" : undefined };
}

async function loadInOrder(db: PrismaClient, ids: number[]) {
  const rows = ids.length > 0 ? await db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSelect }) : [];
  return inIdOrder(ids, rows).map(toAgreementDto);
}

export async function listAgreements(db: PrismaClient, query: AgreementQuery): Promise<Page<AgreementDto>> {
  const id = Prisma.sql`g.id`;
  const ids = await listIds(db, afterCursor(agreementList(query), id, query.cursor), id, query.limit + 1);
  const page = await loadInOrder(db, ids.slice(0, query.limit));
  return { data: page, nextCursor: ids.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getAgreement(db: PrismaClient, slug: string): Promise<AgreementDto | null> {
  const row = await db.agreement.findFirst({ where: { slug, ...publicAgreement }, select: agreementSelect });
  return row ? toAgreementDto(row) : null;
}

const dealOrder: Record<DealSort, Prisma.Sql> = {
  newest: Prisma.sql`g."startDate" DESC NULLS LAST, g.id DESC`,
  oldest: Prisma.sql`g."startDate" ASC NULLS LAST, g.id ASC`,
  title: Prisma.sql`g.title ASC, g.id ASC`,
  // Statuses sort in their lifecycle order (rumoured → … → cancelled), as declared in the schema.
  status: Prisma.sql`g.status ASC, g."startDate" DESC NULLS LAST, g.id ASC`,
  updated: Prisma.sql`g."updatedAt" DESC, g.id DESC`,
};

/** One numbered page of agreements for the /deals list, with the total matching the filters. */
export async function listAgreementsPage(
  db: PrismaClient,
  filters: AgreementFilters,
  sort: DealSort,
  request: PageRequest,
): Promise<NumberedPage<AgreementDto>> {
  const { total, page, pageCount, ids } = await pageOfIds(db, agreementList(filters), dealOrder[sort], request);
  return { data: await loadInOrder(db, ids), total, page, per: request.per, pageCount };
}

/** The ids of every agreement matching the filters, in the list's order (the selection's CSV streams their records). */
export function agreementIdsInOrder(db: PrismaClient, filters: AgreementFilters, sort: DealSort, max = 1_000_000): Promise<number[]> {
  return listIds(db, agreementList(filters), dealOrder[sort], max);
}

/** Every agreement matching the filters, in the list's order (an actor's profile). */
export async function listAllAgreements(db: PrismaClient, filters: AgreementFilters, sort: DealSort, max = 10_000): Promise<AgreementDto[]> {
  return loadInOrder(db, await listIds(db, agreementList(filters), dealOrder[sort], max));
}
