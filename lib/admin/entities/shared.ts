// Helpers the entity definitions share: rows kept by id (so that their citations survive an edit),
// citations, dates with precision and slugs.
import type { DatePrecision, Prisma } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "@/lib/schemas/common";
import type { CitationRow } from "@/lib/schemas/form";
import type { QuoteToCheck, Tx } from "../records";
import type { Values } from "../values";

/** Updates rows that keep their id, creates new ones, deletes the rest (deletes first, so a unique
 * key freed by a removed row can be reused). */
export async function syncRows<R extends { id?: number }>(
  existingIds: number[],
  rows: R[],
  ops: { remove(ids: number[]): Promise<unknown>; update(id: number, row: R): Promise<unknown>; create(row: R): Promise<number>; children?(id: number, row: R): Promise<unknown> },
): Promise<void> {
  const existing = new Set(existingIds);
  const kept = new Set(rows.map((r) => r.id).filter((id): id is number => id !== undefined && existing.has(id)));
  const removed = existingIds.filter((id) => !kept.has(id));
  if (removed.length > 0) await ops.remove(removed);
  for (const row of rows) {
    let id: number;
    if (row.id !== undefined && kept.has(row.id)) {
      id = row.id;
      await ops.update(id, row);
    } else {
      id = await ops.create(row);
    }
    await ops.children?.(id, row);
  }
}

export type CitationOwner =
  | { actorId: number }
  | { actorLinkId: number }
  | { agreementId: number }
  | { partyId: number }
  | { statusEntryId: number }
  | { pledgeId: number }
  | { eventId: number }
  | { aboutSourceId: number };

export async function syncCitations(tx: Tx, owner: CitationOwner, rows: CitationRow[]): Promise<void> {
  const existing = await tx.citation.findMany({ where: owner, select: { id: true }, orderBy: { id: "asc" } });
  await syncRows(
    existing.map((c) => c.id),
    rows,
    {
      remove: (ids) => tx.citation.deleteMany({ where: { id: { in: ids } } }),
      update: (id, c) => tx.citation.update({ where: { id }, data: { sourceId: c.sourceId, quote: c.quote, field: c.field ?? null, note: c.note ?? null } }),
      create: async (c) => (await tx.citation.create({ data: { ...owner, sourceId: c.sourceId, quote: c.quote, field: c.field ?? null, note: c.note ?? null }, select: { id: true } })).id,
    },
  );
}

export const citationSelect = { id: true, sourceId: true, quote: true, field: true, note: true } satisfies Prisma.CitationSelect;
type CitationDbRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

export function citationValues(rows: CitationDbRow[]): Values[] {
  return rows.map((c) => ({ id: String(c.id), sourceId: String(c.sourceId), quote: c.quote, field: c.field ?? "", note: c.note ?? "" }));
}

export function quotesOf(path: string, rows: CitationRow[]): QuoteToCheck[] {
  return rows.map((c, i) => ({ path: `${path}.${i}`, sourceId: c.sourceId, quote: c.quote }));
}

/** A stored date with its precision → "2023-02-11", "2023-02" or "2023". */
export function partialDateValue(date: Date | null, precision: DatePrecision | null): string {
  if (!date || !precision) return "";
  const iso = date.toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}

export function dateColumns(value: string | undefined): { date: Date | null; precision: DatePrecision | null } {
  if (value === undefined) return { date: null, precision: null };
  const parsed = parsePartialDate(value)!;
  return { date: parsed.date, precision: parsed.precision };
}

export const yes = (b: boolean) => (b ? "yes" : "no");
export const text = (s: string | null | undefined) => s ?? "";
export const decimal = (d: Prisma.Decimal | null) => d?.toFixed() ?? "";

/** A message for a slug another record already uses, with a free one to take instead. */
export function slugTakenMessage(title: string, free?: string): string {
  return `This slug is already used by "${title}". Choose another${free ? `, e.g. ${free}` : " (add a year or a place)"}.`;
}

/** The first of slug-2, slug-3 … that `taken` says is free. */
export async function freeSlug(slug: string, taken: (candidate: string) => Promise<boolean>): Promise<string | undefined> {
  const base = slug.replace(/-\d+$/, "");
  for (let n = 2; n < 10; n++) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return undefined;
}

/**
 * Checks that every referenced id exists and is not in the trash (a link to a trashed record would
 * be hidden from the public anyway, so it is refused rather than silently lost); errors keyed by path.
 */
export async function missingIds(
  found: (ids: number[]) => Promise<{ id: number; deletedAt: Date | null }[]>,
  refs: { path: string; id: number }[],
  message: string,
  trashedMessage = "This record is in the trash. Choose another, or ask an admin to restore it first.",
): Promise<Record<string, string>> {
  if (refs.length === 0) return {};
  const rows = new Map((await found([...new Set(refs.map((r) => r.id))])).map((r) => [r.id, r]));
  return Object.fromEntries(
    refs.flatMap((r) => {
      const row = rows.get(r.id);
      if (!row) return [[r.path, message]];
      return row.deletedAt ? [[r.path, trashedMessage]] : [];
    }),
  );
}
