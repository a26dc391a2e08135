import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type SourceQuery } from "@/lib/schemas/query";
import { searchSourceIds } from "./search";
import { citationSelect, toDate, type Page } from "./shared";
import { publicActor, publicAgreement, publicCitation, publicSource } from "./visibility";

/** Public fields only: the stored full text is for verification and admins, never republished. */
const sourceSelect = {
  id: true,
  slug: true,
  title: true,
  publisher: true,
  publisherInferred: true,
  author: true,
  url: true,
  publishedAt: true,
  publishedPrecision: true,
  publishedAtInferred: true,
  inferenceNote: true,
  language: true,
  updatedAt: true,
  evidence: { select: citationSelect, orderBy: { id: "asc" } },
  _count: { select: { citations: { where: publicCitation } } },
} satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

export function toSourceDto(row: SourceRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    publisherInferred: row.publisherInferred,
    author: row.author,
    url: row.url,
    publishedAt: toDate(row.publishedAt, row.publishedPrecision, row.publishedAtInferred),
    inferenceNote: row.inferenceNote,
    language: row.language,
    /** Quotes from the article that support its inferred metadata. */
    evidence: row.evidence.map(({ quote, field, note }) => ({ quote, field, note })),
    citationCount: row._count.citations,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SourceDto = ReturnType<typeof toSourceDto>;

export async function listSources(db: PrismaClient, query: SourceQuery): Promise<Page<SourceDto>> {
  const and: Prisma.SourceWhereInput[] = [publicSource];
  if (query.q) and.push({ id: { in: await searchSourceIds(db, query.q) } });
  if (query.from) and.push({ publishedAt: { gte: query.from } });
  if (query.to) and.push({ publishedAt: { lte: query.to } });
  if (query.country)
    and.push({
      citations: { some: { OR: [{ actor: { ...publicActor, countryCode: query.country } }, { agreement: { ...publicAgreement, workCountryCodes: { has: query.country } } }] } },
    });
  if (query.cursor) and.push({ id: { gt: query.cursor } });
  const rows = await db.source.findMany({ where: { AND: and }, select: sourceSelect, orderBy: { id: "asc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toSourceDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getSource(db: PrismaClient, slug: string): Promise<SourceDto | null> {
  const row = await db.source.findFirst({ where: { slug, ...publicSource }, select: sourceSelect });
  return row ? toSourceDto(row) : null;
}
