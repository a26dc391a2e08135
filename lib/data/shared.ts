// Selections and shapes shared by every entity's read functions, so the API and pages embed
// citations, actors and dates the same way everywhere.
import type { DatePrecision, Prisma } from "@/lib/generated/prisma/client";
import { publicCitationOfRecord } from "./visibility";

export const actorRefSelect = { slug: true, name: true, kind: true, countryCode: true } satisfies Prisma.ActorSelect;
export type ActorRef = Prisma.ActorGetPayload<{ select: typeof actorRefSelect }>;

export const citationSelect = {
  quote: true,
  field: true,
  note: true,
  source: { select: { slug: true, title: true, publisher: true, publishedAt: true, publishedPrecision: true, url: true } },
} satisfies Prisma.CitationSelect;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

/** A public record's citations, as every read selects them: only quotes from public sources (lib/data/visibility.ts). */
export const citationArgs = { select: citationSelect, where: publicCitationOfRecord, orderBy: { id: "asc" } } satisfies Prisma.CitationFindManyArgs;

export interface DateDto {
  /** ISO date (YYYY-MM-DD); for MONTH or YEAR precision, the first day of that month or year. */
  date: string;
  precision: DatePrecision;
  inferred?: boolean;
}

export interface CitationDto {
  source: { slug: string; title: string; publisher: string | null; publishedAt: DateDto | null; url: string | null };
  quote: string;
  field: string | null;
  note: string | null;
}

export function toDate(date: Date | null, precision: DatePrecision | null, inferred?: boolean): DateDto | null {
  if (!date || !precision) return null;
  const dto: DateDto = { date: date.toISOString().slice(0, 10), precision };
  if (inferred !== undefined) dto.inferred = inferred;
  return dto;
}

export function toCitation(row: CitationRow): CitationDto {
  return {
    source: {
      slug: row.source.slug,
      title: row.source.title,
      publisher: row.source.publisher,
      publishedAt: toDate(row.source.publishedAt, row.source.publishedPrecision),
      url: row.source.url,
    },
    quote: row.quote,
    field: row.field,
    note: row.note,
  };
}

export interface MoneyDto {
  disclosure: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE";
  amount: string | null;
  currency: string | null;
}

export function toMoney(row: { valueDisclosure: MoneyDto["disclosure"]; valueAmount: Prisma.Decimal | null; valueCurrency: string | null }): MoneyDto {
  return { disclosure: row.valueDisclosure, amount: row.valueAmount?.toFixed() ?? null, currency: row.valueCurrency };
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
