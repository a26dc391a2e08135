// The one write path of the admin, shared by every entity: parse with the entity's zod schema, check
// quotes verbatim, then in ONE transaction claim the version (UPDATE … WHERE id AND version), write,
// and append an audit entry with the before/after content. A stale version returns a conflict with
// what changed since; nothing is overwritten.
import type { z } from "zod";
import type { AuditAction, AuditEntity, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { quoteOccursIn, normaliseWhitespace } from "@/lib/quotes";
import { describeChanges, displayValue, loadNames } from "./names";
import type { ChangeSummary, ConflictInfo } from "./types";
import { diffValues, fieldErrorsOf, flatten, labelPath, pruneEmpty, type Change, type Values } from "./values";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string;
  email: string;
}

export interface QuoteToCheck {
  /** Path of the quote field in the form, e.g. "parties.0.citations.1". */
  path: string;
  sourceId: number;
  quote: string;
}

/** What every entity has, whatever its document type. */
export interface EntityBase {
  entity: AuditEntity;
  /** Prisma model name, e.g. "agreement". */
  model: "actor" | "agreement" | "pledge" | "event" | "source";
  /** URL segment under /admin. */
  segment: string;
  noun: string;
  /** Labels for field paths in diffs and errors. */
  labels?: Record<string, string>;
  /** Fields sent as several values under one name (checkbox groups, multi-pickers). */
  lists?: string[];
  /** The record as form values, or null when it does not exist. */
  load(tx: Tx, id: number): Promise<Values | null>;
  /** Published records that would point at this one if it went to the trash. */
  dependants?(tx: Tx, id: number): Promise<string[]>;
  /** Where the public sees the record (for links; every public page is revalidated anyway). */
  publicPath(slug: string): string | null;
  /** What a list shows as the record's name. */
  titleField: "title" | "name";
}

export interface EntityDef<Doc extends { slug: string; published: boolean }> extends EntityBase {
  /** Form values → document; the shared entity schema with ids for references. */
  schema: z.ZodType<Doc>;
  /** Creates (id null) or rewrites the record and its rows; returns its id. */
  write(tx: Tx, id: number | null, doc: Doc, before: Values | null): Promise<number>;
  /** Quotes to check verbatim against their sources. */
  quotes(doc: Doc): QuoteToCheck[];
  /** Errors the schema cannot see (a taken slug, a missing actor…), keyed by field path. */
  validate?(tx: Tx, doc: Doc, id: number | null): Promise<Record<string, string>>;
}

export interface RecordMeta {
  id: number;
  slug: string;
  version: number;
  isPublished: boolean;
  deletedAt: Date | null;
  updatedAt: Date;
}

interface MetaDelegate {
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  findUnique(args: { where: { id: number }; select: Record<string, true> }): Promise<RecordMeta | null>;
}

const metaSelect = { id: true, slug: true, version: true, isPublished: true, deletedAt: true, updatedAt: true } as const;

/** The five record tables share these columns; Prisma's delegates differ only in their types. */
export function table(tx: Tx | PrismaClient, model: EntityBase["model"]): MetaDelegate {
  return (tx as unknown as Record<string, MetaDelegate>)[model]!;
}

export function recordMeta(tx: Tx | PrismaClient, model: EntityBase["model"], id: number): Promise<RecordMeta | null> {
  return table(tx, model).findUnique({ where: { id }, select: metaSelect });
}

export type SaveResult =
  | { ok: true; id: number; version: number; changed: boolean }
  | { ok: false; kind: "invalid"; message: string; fieldErrors: Record<string, string> }
  | { ok: false; kind: "conflict"; message: string; conflict: ConflictInfo }
  | { ok: false; kind: "missing"; message: string };

class Abort extends Error {
  constructor(readonly result: SaveResult) {
    super("aborted");
  }
}

const transactionOptions = { timeout: 30_000, maxWait: 10_000 };

export interface SaveInput {
  /** null: create. */
  id: number | null;
  /** The version the form was opened on (required to update). */
  version: number | null;
  values: Values;
  action?: AuditAction;
  note?: string;
}

export async function saveRecord<Doc extends { slug: string; published: boolean }>(
  db: PrismaClient,
  def: EntityDef<Doc>,
  user: Actor,
  input: SaveInput,
): Promise<SaveResult> {
  const parsed = def.schema.safeParse(pruneEmpty(input.values, true));
  if (!parsed.success) {
    // Report quotes that are not in their source too, so the editor sees every problem at once.
    const quoteErrors = await checkQuotes(db, quotesIn(input.values));
    return invalid({ ...quoteErrors, ...fieldErrorsOf(parsed.error.issues) }, def);
  }
  const doc = parsed.data;
  if (input.id !== null && input.version === null) return { ok: false, kind: "missing", message: "The form did not say which version it was opened on. Reload the page and try again." };
  try {
    return await db.$transaction(async (tx) => {
      const errors = { ...(await checkQuotes(tx, def.quotes(doc))), ...((await def.validate?.(tx, doc, input.id)) ?? {}) };
      if (Object.keys(errors).length > 0) throw new Abort(invalid(errors, def));

      let before: Values | null = null;
      if (input.id !== null) {
        const claimed = await table(tx, def.model).updateMany({
          where: { id: input.id, version: input.version, deletedAt: null },
          data: { version: { increment: 1 } },
        });
        if (claimed.count === 0) throw new Abort(await whyNotClaimed(tx, def, input.id, input.version!, input.values));
        before = await def.load(tx, input.id);
      }
      const id = await def.write(tx, input.id, doc, before);
      const after = await def.load(tx, id);
      const diff = diffValues(before ?? undefined, after ?? undefined);
      const meta = (await recordMeta(tx, def.model, id))!;
      // Nothing changed: roll back the version claim so the history has no empty entries.
      if (before && diff.length === 0) throw new Abort({ ok: true, id, version: meta.version - 1, changed: false });
      const action: AuditAction =
        input.action ?? (before === null ? "CREATE" : before.published !== after?.published ? (after?.published === "yes" ? "PUBLISH" : "UNPUBLISH") : "UPDATE");
      await audit(tx, def.entity, { recordId: id, action, version: meta.version, user, before, after, diff, note: input.note });
      return { ok: true, id, version: meta.version, changed: true } satisfies SaveResult;
    }, transactionOptions);
  } catch (error) {
    if (error instanceof Abort) return error.result;
    if (isUniqueViolation(error)) return invalid({ slug: "This slug was just taken by another record. Choose another." }, def);
    throw error;
  }
}

function invalid(fieldErrors: Record<string, string>, def: { labels?: Record<string, string> }): SaveResult {
  const count = Object.keys(fieldErrors).length;
  const first = Object.keys(fieldErrors)[0]!;
  const where = first === "_form" ? "" : ` (first: ${labelPath(first, def.labels)})`;
  return { ok: false, kind: "invalid", fieldErrors, message: `Nothing was saved: ${count} field${count === 1 ? " needs" : "s need"} attention${where}. Everything you typed is still here.` };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

async function whyNotClaimed(tx: Tx, def: EntityBase, id: number, version: number, mine: Values): Promise<SaveResult> {
  const meta = await recordMeta(tx, def.model, id);
  if (!meta) return { ok: false, kind: "missing", message: `This ${def.noun} no longer exists.` };
  const current = (await def.load(tx, id))!;
  const changes = await changesSince(tx, def.entity, id, version);
  const names = await loadNames(tx);
  const mineFlat = flatten(mine);
  const theirsFlat = flatten(current);
  const differences = [...new Set([...mineFlat.keys(), ...theirsFlat.keys()])]
    .filter((path) => !/(^|\.)id$/.test(path) && (mineFlat.get(path) ?? "") !== (theirsFlat.get(path) ?? ""))
    .map((path) => ({
      path,
      label: labelPath(path, def.labels),
      mine: displayValue(path, mineFlat.get(path) ?? "", names),
      theirs: displayValue(path, theirsFlat.get(path) ?? "", names),
    }));
  const last = changes.at(-1);
  const who = last ? `${last.userEmail} at ${last.at.slice(0, 16).replace("T", " ")} UTC` : "someone else";
  const message = meta.deletedAt
    ? `Not saved: ${who} moved this ${def.noun} to the trash after you opened it. An admin can restore it from the trash.`
    : `Not saved: ${who} changed this ${def.noun} after you opened it (you had version ${version}, it is now version ${meta.version}). Compare both versions below, merge what you want to keep, and save again.`;
  return {
    ok: false,
    kind: "conflict",
    message,
    conflict: { currentVersion: meta.version, current, changes: changes.map((c) => ({ ...c, diff: describeChanges(c.diff, names) })), differences },
  };
}

async function changesSince(tx: Tx, entity: AuditEntity, recordId: number, version: number): Promise<ChangeSummary[]> {
  const entries = await tx.auditEntry.findMany({
    where: { entity, recordId, version: { gt: version } },
    orderBy: { version: "asc" },
    select: { version: true, action: true, userEmail: true, createdAt: true, diff: true },
  });
  return entries.map((e) => ({ version: e.version, action: e.action, userEmail: e.userEmail, at: e.createdAt.toISOString(), diff: e.diff as unknown as Change[] }));
}

export async function audit(
  tx: Tx,
  entity: AuditEntity,
  entry: { recordId: number; action: AuditAction; version: number; user: Actor; before: Values | null; after: Values | null; diff: Change[]; note?: string },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      entity,
      recordId: entry.recordId,
      action: entry.action,
      version: entry.version,
      userId: entry.user.id,
      userEmail: entry.user.email,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
      diff: entry.diff as unknown as Prisma.InputJsonValue,
      note: entry.note ?? null,
    },
  });
}

/** Citation rows anywhere in raw form values (used when the schema already failed). */
export function quotesIn(values: Values, prefix = ""): QuoteToCheck[] {
  const out: QuoteToCheck[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!Array.isArray(value)) continue;
    value.forEach((row, i) => {
      if (!row || typeof row !== "object") return;
      const path = `${prefix}${key}.${i}`;
      const r = row as Values;
      if (key === "citations" && typeof r.sourceId === "string" && /^\d+$/.test(r.sourceId) && typeof r.quote === "string" && r.quote.trim().length >= 8)
        out.push({ path, sourceId: Number(r.sourceId), quote: r.quote });
      out.push(...quotesIn(r, `${path}.`));
    });
  }
  return out;
}

/** Every quote must occur in its source's stored text (whitespace aside); errors point at the quote field. */
export async function checkQuotes(tx: Tx | PrismaClient, quotes: QuoteToCheck[]): Promise<Record<string, string>> {
  if (quotes.length === 0) return {};
  const ids = [...new Set(quotes.map((q) => q.sourceId))];
  const sources = new Map((await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, fullText: true, deletedAt: true } })).map((s) => [s.id, s]));
  const errors: Record<string, string> = {};
  for (const q of quotes) {
    const source = sources.get(q.sourceId);
    if (!source) errors[`${q.path}.sourceId`] = "This source does not exist (any more). Choose another.";
    else if (source.deletedAt) errors[`${q.path}.sourceId`] = "This source is in the trash, so its quotes would not be shown. Choose another, or ask an admin to restore it first.";
    else if (!quoteOccursIn(q.quote, source.fullText)) errors[`${q.path}.quote`] = quoteMismatch(q.quote, source.title, source.fullText);
  }
  return errors;
}

/** Says how much of the quote matched, so the editor sees where it departs from the source. */
export function quoteMismatch(quote: string, title: string, fullText: string): string {
  const q = normaliseWhitespace(quote);
  const text = normaliseWhitespace(fullText);
  let low = 0;
  let high = q.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(q.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const base = `This quote does not occur word for word in "${title}". Copy it exactly from the source (only spacing may differ).`;
  if (low < 12) return base;
  return `${base} It matches up to "…${q.slice(Math.max(0, low - 30), low)}" and differs from there on.`;
}

export type DeleteResult = { ok: true } | { ok: false; message: string };

/** Moves a record to the trash (never removes it), if nobody changed it meanwhile and nothing public points at it. */
export async function trashRecord(db: PrismaClient, def: EntityBase, user: Actor, id: number, version: number): Promise<DeleteResult> {
  try {
    return await db.$transaction(async (tx) => {
      const blockers = (await def.dependants?.(tx, id)) ?? [];
      if (blockers.length > 0)
        throw new Abort({ ok: false, kind: "missing", message: `Not moved to the trash: it is still used by ${blockers.slice(0, 5).join("; ")}${blockers.length > 5 ? ` and ${blockers.length - 5} more` : ""}. Change those first.` });
      const claimed = await table(tx, def.model).updateMany({ where: { id, version, deletedAt: null }, data: { deletedAt: new Date(), version: { increment: 1 } } });
      if (claimed.count === 0) {
        const meta = await recordMeta(tx, def.model, id);
        const message = !meta ? `This ${def.noun} does not exist.` : meta.deletedAt ? `This ${def.noun} is already in the trash.` : `Not moved to the trash: someone changed this ${def.noun} after you opened it (now version ${meta.version}). Reload and check their change first.`;
        throw new Abort({ ok: false, kind: "missing", message });
      }
      const values = await def.load(tx, id);
      const meta = (await recordMeta(tx, def.model, id))!;
      await audit(tx, def.entity, { recordId: id, action: "DELETE", version: meta.version, user, before: values, after: values, diff: [{ path: "inTrash", before: "no", after: "yes" }] });
      return { ok: true } as const;
    }, transactionOptions);
  } catch (error) {
    if (error instanceof Abort) return { ok: false, message: (error.result as { message: string }).message };
    throw error;
  }
}

/** Takes a record out of the trash (admins only; the caller checks). */
export async function untrashRecord(db: PrismaClient, def: EntityBase, user: Actor, id: number): Promise<DeleteResult> {
  return db.$transaction(async (tx) => {
    const claimed = await table(tx, def.model).updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null, version: { increment: 1 } } });
    if (claimed.count === 0) return { ok: false, message: `This ${def.noun} is not in the trash (it may have been restored already).` } as const;
    const values = await def.load(tx, id);
    const meta = (await recordMeta(tx, def.model, id))!;
    await audit(tx, def.entity, { recordId: id, action: "RESTORE", version: meta.version, user, before: values, after: values, diff: [{ path: "inTrash", before: "yes", after: "no" }], note: "Restored from the trash" });
    return { ok: true } as const;
  }, transactionOptions);
}

/** Writes an earlier version's content back as a new version (audited as RESTORE). */
export async function restoreVersion<Doc extends { slug: string; published: boolean }>(
  db: PrismaClient,
  def: EntityDef<Doc>,
  user: Actor,
  input: { id: number; currentVersion: number; restoreVersion: number },
): Promise<SaveResult> {
  const entry = await db.auditEntry.findFirst({
    where: { entity: def.entity, recordId: input.id, version: input.restoreVersion },
    select: { after: true },
  });
  if (!entry?.after) return { ok: false, kind: "missing", message: `Version ${input.restoreVersion} of this ${def.noun} is not in its history.` };
  return saveRecord(db, def, user, {
    id: input.id,
    version: input.currentVersion,
    values: entry.after as unknown as Values,
    action: "RESTORE",
    note: `Restored version ${input.restoreVersion}`,
  });
}
