// The one column list per entity of every CSV of records: the API's bulk files (/api/v1/<entity>.csv)
// and the lists' selections (/exports/deals.csv and /exports/pledges.csv use the agreements' and the
// pledges' lists). The CSV writer, the /api page and the OpenAPI document all read these lists, and a
// test checks real CSV headers against them.
import type { ExportEntity, ExportItem, ExportRecord } from "@/lib/data/export";
import { env } from "@/lib/env";
import { dealHref } from "@/lib/links";
import { csvList, type CsvColumn } from "./csv";

export type { CsvColumn } from "./csv";

/** One citation, flattened: which record (and which part of it) it supports, and the quote. */
export interface CitationRow {
  entity: ExportEntity;
  record: string;
  part: string;
  field: string | undefined;
  source: string;
  quote: string;
  note: string | undefined;
}

type Item<E extends ExportEntity> = ExportItem<E>;
const updatedAt = { name: "updatedAt", description: "When the record last changed (ISO 8601, UTC).", value: (i: { updatedAt: Date | null }) => i.updatedAt?.toISOString() } as const;
const slug = { name: "slug", description: "Unique, stable identifier (also in the record's URL).", value: (i: { record: { slug: string } }) => i.record.slug } as const;
const partialDate = "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources allow.";

type Cited = { source?: string; citations?: { source: string }[] };
/** The distinct sources a record quotes (its own citations, and those of its parties and status entries). */
function sourcesOf(record: { citations?: { source: string }[]; parties?: Cited[]; statusHistory?: Cited[] }): string {
  const all = [...(record.citations ?? []), ...[...(record.parties ?? []), ...(record.statusHistory ?? [])].flatMap((p) => p.citations ?? [])];
  return csvList([...new Set(all.map((c) => c.source))]);
}
const sources = { name: "sources", description: "Slugs of the sources the record quotes, separated by ;.", value: (i: { record: Parameters<typeof sourcesOf>[0] }) => sourcesOf(i.record) } as const;

export const actorColumns: CsvColumn<Item<"actors">>[] = [
  slug,
  { name: "name", description: "Name.", value: (i) => i.record.name },
  { name: "kind", description: "COUNTRY, GOVERNMENT_BODY, COMPANY, ORGANISATION, ALLIANCE or PERSON.", value: (i) => i.record.kind },
  { name: "countryCode", description: "ISO 3166-1 alpha-2 code; empty for alliances.", value: (i) => i.record.countryCode },
  { name: "aliases", description: "Other names used in the sources, separated by ;.", value: (i) => csvList(i.record.aliases) },
  { name: "description", description: "Short description.", value: (i) => i.record.description },
  { name: "title", description: "A person's public title at the time of the sources.", value: (i) => i.record.title },
  updatedAt,
];

export const agreementColumns: CsvColumn<Item<"agreements">>[] = [
  slug,
  { name: "title", description: "Title.", value: (i) => i.record.title },
  { name: "summary", description: "What was agreed.", value: (i) => i.record.summary },
  { name: "type", description: "LICENSED_PRODUCTION, JOINT_VENTURE, CO_PRODUCTION, MAINTENANCE_REPAIR, TRAINING, …", value: (i) => i.record.type },
  { name: "status", description: "Current status (the last entry of the status history).", value: (i) => i.record.status },
  { name: "confidence", description: "CONFIRMED, REPORTED or RUMOURED.", value: (i) => i.record.confidence },
  { name: "categories", description: "Equipment categories, separated by ;.", value: (i) => csvList(i.record.categories) },
  { name: "workLocation", description: "Where the work happens, in words.", value: (i) => i.record.workLocation },
  { name: "workCountryCodes", description: "Countries where the work happens, separated by ;.", value: (i) => csvList(i.record.workCountryCodes) },
  { name: "valueDisclosure", description: "DISCLOSED, UNDISCLOSED (not public — never zero) or NOT_APPLICABLE.", value: (i) => i.record.value.disclosure },
  { name: "valueAmount", description: "Amount when disclosed.", value: (i) => i.record.value.amount },
  { name: "valueCurrency", description: "ISO 4217 currency of the amount.", value: (i) => i.record.value.currency },
  { name: "startDate", description: `First known date. ${partialDate}`, value: (i) => i.record.startDate },
  { name: "parties", description: "Parties as actor-slug:ROLE, separated by ;.", value: (i) => csvList(i.record.parties.map((p) => `${p.actor}:${p.role}`)) },
  sources,
  { name: "url", description: "Address of the deal's page.", value: (i) => new URL(dealHref(i.record.slug), env.SITE_URL).toString() },
  updatedAt,
];

export const pledgeColumns: CsvColumn<Item<"pledges">>[] = [
  slug,
  { name: "title", description: "Title.", value: (i) => i.record.title },
  { name: "donor", description: "Slug of the donor actor.", value: (i) => i.record.donor },
  { name: "recipients", description: "Slugs of the recipient actors, separated by ;.", value: (i) => csvList(i.record.recipients) },
  { name: "kind", description: "EQUIPMENT, FINANCING, TRAINING, SERVICES or PERSONNEL.", value: (i) => i.record.kind },
  { name: "item", description: "What was pledged.", value: (i) => i.record.item },
  { name: "category", description: "Equipment category.", value: (i) => i.record.category },
  { name: "quantity", description: "Quantity, in `unit`.", value: (i) => i.record.quantity },
  { name: "unit", description: "Unit of the quantity.", value: (i) => i.record.unit },
  { name: "valueDisclosure", description: "DISCLOSED, UNDISCLOSED (not public — never zero) or NOT_APPLICABLE.", value: (i) => i.record.value.disclosure },
  { name: "valueAmount", description: "Amount when disclosed.", value: (i) => i.record.value.amount },
  { name: "valueCurrency", description: "ISO 4217 currency of the amount.", value: (i) => i.record.value.currency },
  { name: "usdAmount", description: "The value in US dollars (valueAmount × usdRate).", value: (i) => i.record.usd?.amount },
  { name: "usdRate", description: "US dollars per unit of valueCurrency.", value: (i) => i.record.usd?.rate },
  { name: "usdRateDate", description: "Date of the rate (YYYY-MM-DD).", value: (i) => i.record.usd?.rateDate },
  { name: "usdRateSource", description: "Where the rate comes from.", value: (i) => i.record.usd?.rateSource },
  { name: "status", description: "UNDER_DISCUSSION, PLEDGED, DELIVERED, PARTIALLY_DELIVERED or REFUSED.", value: (i) => i.record.status },
  { name: "confidence", description: "CONFIRMED, REPORTED or RUMOURED.", value: (i) => i.record.confidence },
  { name: "date", description: `When the pledge was made. ${partialDate}`, value: (i) => i.record.date },
  { name: "dateInferred", description: "true when the date is inferred from context.", value: (i) => i.record.dateInferred ?? false },
  { name: "note", description: "Note.", value: (i) => i.record.note },
  { name: "agreement", description: "Slug of the agreement the pledge belongs to.", value: (i) => i.record.agreement },
  sources,
  updatedAt,
];

export const eventColumns: CsvColumn<Item<"events">>[] = [
  slug,
  { name: "title", description: "Title.", value: (i) => i.record.title },
  { name: "description", description: "What happened.", value: (i) => i.record.description },
  { name: "kind", description: "VISIT, MEETING, ANNOUNCEMENT, STATEMENT, REPORT or DECISION.", value: (i) => i.record.kind },
  { name: "date", description: `When it happened (the first day). ${partialDate}`, value: (i) => i.record.date },
  { name: "endDate", description: "Last day of a multi-day event (YYYY-MM-DD).", value: (i) => i.record.endDate },
  { name: "dateInferred", description: "true when the date is inferred from context.", value: (i) => i.record.dateInferred ?? false },
  { name: "place", description: "Where.", value: (i) => i.record.place },
  { name: "placeCountryCode", description: "ISO 3166-1 alpha-2 code of the place.", value: (i) => i.record.placeCountryCode },
  { name: "stance", description: "For statements: SUPPORTS, OPEN, CAUTIOUS, OPPOSES or REFUSES.", value: (i) => i.record.stance },
  { name: "topic", description: "What a statement is about.", value: (i) => i.record.topic },
  { name: "confidence", description: "CONFIRMED, REPORTED or RUMOURED.", value: (i) => i.record.confidence },
  { name: "actors", description: "Actors as actor-slug:ROLE, separated by ;.", value: (i) => csvList(i.record.actors?.map((a) => `${a.actor}:${a.role}`)) },
  { name: "agreements", description: "Slugs of linked agreements, separated by ;.", value: (i) => csvList(i.record.agreements) },
  { name: "pledges", description: "Slugs of linked pledges, separated by ;.", value: (i) => csvList(i.record.pledges) },
  updatedAt,
];

export const sourceColumns: CsvColumn<Item<"sources">>[] = [
  slug,
  { name: "title", description: "Title of the article.", value: (i) => i.record.title },
  { name: "publisher", description: "Publisher.", value: (i) => i.record.publisher },
  { name: "publisherInferred", description: "true when the publisher is inferred (see inferenceNote).", value: (i) => i.record.publisherInferred ?? false },
  { name: "author", description: "Author.", value: (i) => i.record.author },
  { name: "url", description: "Address of the article, where known.", value: (i) => i.record.url },
  { name: "publishedAt", description: `Publication date. ${partialDate}`, value: (i) => i.record.publishedAt },
  { name: "publishedAtInferred", description: "true when the date is inferred (see inferenceNote).", value: (i) => i.record.publishedAtInferred ?? false },
  { name: "inferenceNote", description: "Why the inferred fields hold what they hold.", value: (i) => i.record.inferenceNote },
  { name: "language", description: "ISO 639-1 code of the text.", value: (i) => i.record.language },
  updatedAt,
];

export const citationColumns: CsvColumn<CitationRow>[] = [
  { name: "entity", description: "Kind of record supported: sources, actors, actorLinks, agreements, pledges or events.", value: (r) => r.entity },
  { name: "record", description: "The record's slug (for an actor link, from:TYPE:to).", value: (r) => r.record },
  {
    name: "part",
    description: "Empty for the record itself; party:actor-slug:ROLE or status:STATUS:date for part of an agreement.",
    value: (r) => r.part,
  },
  { name: "field", description: "The field the quote supports; empty = the record as a whole.", value: (r) => r.field },
  { name: "source", description: "Slug of the source the quote is from.", value: (r) => r.source },
  { name: "quote", description: "The verbatim quote.", value: (r) => r.quote },
  { name: "note", description: "Note.", value: (r) => r.note },
];

export const csvColumns = {
  actors: actorColumns,
  agreements: agreementColumns,
  pledges: pledgeColumns,
  events: eventColumns,
  sources: sourceColumns,
  citations: citationColumns,
} as const;
export type CsvEntity = keyof typeof csvColumns;
export const csvEntities = Object.keys(csvColumns) as CsvEntity[];

/** Every citation of a record (its own, and those of its parties and status entries), flattened. */
export function citationRows<E extends ExportEntity>(entity: E, record: ExportRecord<E>): CitationRow[] {
  const rows: CitationRow[] = [];
  const add = (key: string, part: string, list: { source?: string; quote: string; field?: string; note?: string }[] | undefined, source?: string) => {
    for (const c of list ?? []) rows.push({ entity, record: key, part, field: c.field, source: c.source ?? source ?? "", quote: c.quote, note: c.note });
  };
  if (entity === "sources") {
    const s = record as ExportRecord<"sources">;
    add(s.slug, "", s.evidence, s.slug);
  } else if (entity === "actorLinks") {
    const l = record as ExportRecord<"actorLinks">;
    add(`${l.from}:${l.type}:${l.to}`, "", l.citations);
  } else if (entity === "agreements") {
    const a = record as ExportRecord<"agreements">;
    add(a.slug, "", a.citations);
    for (const p of a.parties) add(a.slug, `party:${p.actor}:${p.role}`, p.citations);
    for (const s of a.statusHistory) add(a.slug, `status:${s.status}:${s.date}`, s.citations);
  } else {
    const r = record as ExportRecord<"actors" | "pledges" | "events">;
    add(r.slug, "", r.citations);
  }
  return rows;
}
