// Reads the whole public dataset for the bulk export, in batches by id so that memory stays flat
// however large the data grows. Each record comes out in the shape of the seed/import dataset
// (lib/seed/dataset.ts): references by slug, citations inline, no ids or timestamps — so an export can
// be imported again as it is. Absent optional values are omitted, defaults are written out.
import { createHash } from "node:crypto";
import type { DatePrecision, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DatasetInput } from "@/lib/seed/dataset";
import { agreementScalarSelect } from "./agreements";
import { eventScalarSelect } from "./events";
import { pledgeScalarSelect } from "./pledges";
import {
  ifPublic,
  publicActor,
  publicActorLink,
  publicAgreement,
  publicCitationOfRecord,
  publicEvent,
  publicEventActor,
  publicEventAgreement,
  publicEventPledge,
  publicParty,
  publicPledge,
  publicRecipient,
  publicSource,
  visibilityFields,
} from "./visibility";

export type ExportEntity = "sources" | "actors" | "actorLinks" | "agreements" | "pledges" | "events";
export const exportEntities: ExportEntity[] = ["sources", "actors", "actorLinks", "agreements", "pledges", "events"];
export type ExportRecord<E extends ExportEntity> = DatasetInput[E][number];
export interface ExportItem<E extends ExportEntity> {
  record: ExportRecord<E>;
  /** When the record last changed (for CSV and feeds; not part of the JSON export). */
  updatedAt: Date | null;
}

const BATCH = 100;

type Absent = null | undefined;
/** T with every nullable or undefined-able property made optional and non-null. */
type Compact<T> = { [K in keyof T as [Extract<T[K], Absent>] extends [never] ? K : never]: T[K] } & {
  [K in keyof T as [Extract<T[K], Absent>] extends [never] ? never : K]?: Exclude<T[K], Absent>;
};

/** Drops null and undefined values, so optional fields are omitted rather than null. */
function compact<T extends Record<string, unknown>>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Compact<T>;
}

/** A stored date and its precision → "2023", "2023-02" or "2023-02-08". */
export function toPartialDate(date: Date | null, precision: DatePrecision | null): string | undefined {
  if (!date) return undefined;
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

const citationSelect = {
  quote: true,
  field: true,
  note: true,
  source: { select: { slug: true } },
} satisfies Prisma.CitationSelect;
const citationArgs = { select: citationSelect, where: publicCitationOfRecord, orderBy: { id: "asc" } } as const;
type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

function citation(row: CitationRow) {
  return compact({ source: row.source.slug, quote: row.quote, field: row.field, note: row.note });
}
function evidence(row: CitationRow) {
  return compact({ quote: row.quote, field: row.field, note: row.note });
}
function money(row: { valueDisclosure: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE"; valueAmount: Prisma.Decimal | null; valueCurrency: string | null }) {
  return compact({ disclosure: row.valueDisclosure, amount: row.valueAmount?.toFixed(), currency: row.valueCurrency });
}

/** Pages through a table by id: `fetch(afterId)` returns the next batch (ordered by id, at most BATCH rows). */
async function* byId<R extends { id: number }, T>(fetch: (afterId: number) => Promise<R[]>, map: (row: R) => T): AsyncGenerator<T> {
  let after = 0;
  for (;;) {
    const rows = await fetch(after);
    for (const row of rows) yield map(row);
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

/** The rows for `ids`, in the order given (a list's sort), a batch at a time. */
async function* inOrder<R extends { id: number }, T>(ids: number[], fetch: (slice: number[]) => Promise<R[]>, map: (row: R) => T): AsyncGenerator<T> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const slice = ids.slice(i, i + BATCH);
    const rows = new Map((await fetch(slice)).map((r) => [r.id, r]));
    for (const id of slice) {
      const row = rows.get(id);
      if (row) yield map(row);
    }
  }
}

export function exportSources(db: PrismaClient): AsyncGenerator<ExportItem<"sources">> {
  return byId(
    (after) =>
      db.source.findMany({
        where: { ...publicSource, id: { gt: after } },
        orderBy: { id: "asc" },
        take: BATCH,
        select: {
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
          fileName: true,
          updatedAt: true,
          evidence: { select: citationSelect, orderBy: { id: "asc" } },
        },
      }),
    (s) => ({
      record: compact({
        slug: s.slug,
        title: s.title,
        publisher: s.publisher,
        publisherInferred: s.publisherInferred,
        author: s.author,
        url: s.url,
        publishedAt: toPartialDate(s.publishedAt, s.publishedPrecision),
        publishedAtInferred: s.publishedAtInferred,
        inferenceNote: s.inferenceNote,
        language: s.language,
        // The article's file name; its text is not republished, an import reads it from the articles folder.
        file: s.fileName ?? `${s.slug}.txt`,
        evidence: s.evidence.map(evidence),
      }),
      updatedAt: s.updatedAt,
    }),
  );
}

export function exportActors(db: PrismaClient): AsyncGenerator<ExportItem<"actors">> {
  return byId(
    (after) =>
      db.actor.findMany({
        where: { ...publicActor, id: { gt: after } },
        orderBy: { id: "asc" },
        take: BATCH,
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          countryCode: true,
          aliases: true,
          description: true,
          title: true,
          updatedAt: true,
          citations: citationArgs,
        },
      }),
    (a) => ({
      record: compact({
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        countryCode: a.countryCode,
        aliases: a.aliases,
        description: a.description,
        title: a.title,
        citations: a.citations.map(citation),
      }),
      updatedAt: a.updatedAt,
    }),
  );
}

export function exportActorLinks(db: PrismaClient): AsyncGenerator<ExportItem<"actorLinks">> {
  return byId(
    (after) =>
      db.actorLink.findMany({
        where: { ...publicActorLink, id: { gt: after } },
        orderBy: { id: "asc" },
        take: BATCH,
        select: {
          id: true,
          type: true,
          sharePercent: true,
          role: true,
          note: true,
          from: { select: { slug: true } },
          to: { select: { slug: true } },
          citations: citationArgs,
        },
      }),
    (l) => ({
      record: compact({
        from: l.from.slug,
        to: l.to.slug,
        type: l.type,
        sharePercent: l.sharePercent?.toFixed(),
        role: l.role,
        note: l.note,
        citations: l.citations.map(citation),
      }),
      updatedAt: null,
    }),
  );
}

const agreementExportSelect = {
  ...agreementScalarSelect,
  parties: {
    where: publicParty,
    orderBy: { id: "asc" },
    select: { role: true, note: true, actor: { select: { slug: true } }, citations: citationArgs },
  },
  statusHistory: {
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: { status: true, date: true, datePrecision: true, dateInferred: true, note: true, citations: citationArgs },
  },
  citations: citationArgs,
} satisfies Prisma.AgreementSelect;

/** Every public agreement by id, or — given `ids` (a list's selection, in its order) — just those. */
export function exportAgreements(db: PrismaClient, ids?: number[]): AsyncGenerator<ExportItem<"agreements">> {
  const map = (a: Prisma.AgreementGetPayload<{ select: typeof agreementExportSelect }>): ExportItem<"agreements"> => ({
    record: compact({
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      type: a.type,
      status: a.status,
      confidence: a.confidence,
      categories: a.categories,
      workLocation: a.workLocation,
      workCountryCodes: a.workCountryCodes,
      value: money(a),
      startDate: toPartialDate(a.startDate, a.startDatePrecision),
      parties: a.parties.map((p) => compact({ actor: p.actor.slug, role: p.role, note: p.note, citations: p.citations.map(citation) })),
      statusHistory: a.statusHistory.map((s) =>
        compact({
          status: s.status,
          date: toPartialDate(s.date, s.datePrecision)!,
          dateInferred: s.dateInferred,
          note: s.note,
          citations: s.citations.map(citation),
        }),
      ),
      citations: a.citations.map(citation),
    }),
    updatedAt: a.updatedAt,
  });
  if (ids) return inOrder(ids, (slice) => db.agreement.findMany({ where: { ...publicAgreement, id: { in: slice } }, select: agreementExportSelect }), map);
  return byId((after) => db.agreement.findMany({ where: { ...publicAgreement, id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH, select: agreementExportSelect }), map);
}

const pledgeExportSelect = {
  ...pledgeScalarSelect,
  donor: { select: { slug: true } },
  recipients: { where: publicRecipient, orderBy: { actorId: "asc" }, select: { actor: { select: { slug: true } } } },
  agreement: { select: { slug: true, ...visibilityFields } },
  citations: citationArgs,
} satisfies Prisma.PledgeSelect;

/** Every public pledge by id, or — given `ids` (a list's selection, in its order) — just those. */
export function exportPledges(db: PrismaClient, ids?: number[]): AsyncGenerator<ExportItem<"pledges">> {
  const map = (p: Prisma.PledgeGetPayload<{ select: typeof pledgeExportSelect }>): ExportItem<"pledges"> => ({
    record: compact({
      slug: p.slug,
      title: p.title,
      donor: p.donor.slug,
      recipients: p.recipients.map((r) => r.actor.slug),
      kind: p.kind,
      item: p.item,
      category: p.category,
      quantity: p.quantity?.toFixed(),
      unit: p.unit,
      value: money(p),
      usd:
        p.usdAmount && p.usdRate && p.usdRateDate && p.usdRateSource
          ? { amount: p.usdAmount.toFixed(), rate: p.usdRate.toFixed(), rateDate: toPartialDate(p.usdRateDate, "DAY")!, rateSource: p.usdRateSource }
          : undefined,
      status: p.status,
      confidence: p.confidence,
      date: toPartialDate(p.date, p.datePrecision),
      dateInferred: p.dateInferred,
      note: p.note,
      agreement: ifPublic(p.agreement)?.slug,
      citations: p.citations.map(citation),
    }),
    updatedAt: p.updatedAt,
  });
  if (ids) return inOrder(ids, (slice) => db.pledge.findMany({ where: { ...publicPledge, id: { in: slice } }, select: pledgeExportSelect }), map);
  return byId((after) => db.pledge.findMany({ where: { ...publicPledge, id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH, select: pledgeExportSelect }), map);
}

export function exportEvents(db: PrismaClient): AsyncGenerator<ExportItem<"events">> {
  return byId(
    (after) =>
      db.event.findMany({
        where: { ...publicEvent, id: { gt: after } },
        orderBy: { id: "asc" },
        take: BATCH,
        select: {
          ...eventScalarSelect,
          actors: { where: publicEventActor, orderBy: [{ actorId: "asc" }, { role: "asc" }], select: { role: true, actor: { select: { slug: true } } } },
          agreements: { where: publicEventAgreement, orderBy: { agreementId: "asc" }, select: { agreement: { select: { slug: true } } } },
          pledges: { where: publicEventPledge, orderBy: { pledgeId: "asc" }, select: { pledge: { select: { slug: true } } } },
          citations: citationArgs,
        },
      }),
    (e) => ({
      record: compact({
        slug: e.slug,
        title: e.title,
        description: e.description,
        kind: e.kind,
        date: toPartialDate(e.date, e.datePrecision)!,
        endDate: toPartialDate(e.endDate, "DAY"),
        dateInferred: e.dateInferred,
        place: e.place,
        placeCountryCode: e.placeCountryCode,
        stance: e.stance,
        topic: e.topic,
        confidence: e.confidence,
        actors: e.actors.map((a) => ({ actor: a.actor.slug, role: a.role })),
        agreements: e.agreements.map((a) => a.agreement.slug),
        pledges: e.pledges.map((p) => p.pledge.slug),
        citations: e.citations.map(citation),
      }),
      updatedAt: e.updatedAt,
    }),
  );
}

export const exporters: { [E in ExportEntity]: (db: PrismaClient) => AsyncGenerator<ExportItem<E>> } = {
  sources: exportSources,
  actors: exportActors,
  actorLinks: exportActorLinks,
  agreements: exportAgreements,
  pledges: exportPledges,
  events: exportEvents,
};

/**
 * A cheap fingerprint of the public data (row counts and latest changes per table), for the weak
 * ETag of the streamed exports: it changes whenever a record is added, edited, hidden or removed.
 */
export async function datasetFingerprint(db: PrismaClient): Promise<string> {
  const [actors, agreements, pledges, events, sources, links, citations] = await Promise.all([
    db.actor.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.agreement.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.pledge.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.event.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.source.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.actorLink.aggregate({ _count: { _all: true }, _max: { id: true } }),
    db.citation.aggregate({ _count: { _all: true }, _max: { id: true } }),
  ]);
  const parts = [actors, agreements, pledges, events, sources].map((t) => `${t._count._all}@${t._max.updatedAt?.toISOString() ?? "-"}`);
  parts.push(`${links._count._all}#${links._max.id ?? 0}`, `${citations._count._all}#${citations._max.id ?? 0}`);
  return createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 32);
}
