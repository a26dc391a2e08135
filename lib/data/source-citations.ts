// Every record that cites a source, with the quotes it takes from it: what /sources/[slug] lists.
// Quotes attached to part of a record (a party, a status change, an actor link) are shown under the
// record they belong to, with what they support.
import { cache } from "react";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatPartialDate, labelOf } from "@/lib/format";
import { actorHref, dealHref, eventHref, pledgeHref } from "@/lib/links";
import { actorRefSelect } from "./shared";
import { isPublicRow as isPublic, publicCitation, publicSource, visibilityFields } from "./visibility";

const published = { select: { slug: true, title: true, ...visibilityFields } } as const;
const actorWithVisibility = { select: { ...actorRefSelect, ...visibilityFields } } as const;

const citingSelect = {
  id: true,
  quote: true,
  field: true,
  note: true,
  actor: actorWithVisibility,
  actorLink: { select: { type: true, sharePercent: true, role: true, from: actorWithVisibility, to: actorWithVisibility } },
  agreement: published,
  party: { select: { role: true, actor: actorWithVisibility, agreement: published } },
  statusEntry: { select: { status: true, date: true, datePrecision: true, agreement: published } },
  pledge: { select: { slug: true, title: true, ...visibilityFields, donor: { select: visibilityFields } } },
  event: { select: { slug: true, title: true, ...visibilityFields, date: true, datePrecision: true, endDate: true } },
} satisfies Prisma.CitationSelect;

type CitingRow = Prisma.CitationGetPayload<{ select: typeof citingSelect }>;

export type CitingKind = "agreement" | "pledge" | "event" | "actor";

export interface CitingQuote {
  quote: string;
  field: string | null;
  note: string | null;
  /** What part of the record the quote supports, e.g. "Party: Ukraine (licensee)". */
  supports: string | null;
}

export interface CitingRecord {
  kind: CitingKind;
  slug: string;
  title: string;
  href: string;
  /** For events, the date as shown on the timeline. */
  date: string | null;
  quotes: CitingQuote[];
}

/** The record a citation belongs to, or null when that record, or a record the quote names, is not public (or it is the source itself). */
export function owningRecord(row: CitingRow): (Omit<CitingRecord, "quotes"> & { supports: string | null }) | null {
  const { actor, actorLink, agreement, party, statusEntry, pledge, event } = row;
  if (agreement) return isPublic(agreement) ? { kind: "agreement", slug: agreement.slug, title: agreement.title, href: dealHref(agreement.slug), date: null, supports: null } : null;
  if (party) {
    const a = party.agreement;
    return isPublic(a) && isPublic(party.actor)
      ? { kind: "agreement", slug: a.slug, title: a.title, href: dealHref(a.slug), date: null, supports: `Party: ${party.actor.name} (${labelOf(party.role).toLowerCase()})` }
      : null;
  }
  if (statusEntry) {
    const a = statusEntry.agreement;
    const when = formatPartialDate(statusEntry.date.toISOString(), statusEntry.datePrecision);
    return isPublic(a) ? { kind: "agreement", slug: a.slug, title: a.title, href: dealHref(a.slug), date: null, supports: `Status: ${labelOf(statusEntry.status)}, ${when}` } : null;
  }
  if (pledge) return isPublic(pledge) && isPublic(pledge.donor) ? { kind: "pledge", slug: pledge.slug, title: pledge.title, href: pledgeHref(pledge), date: null, supports: null } : null;
  if (event) {
    const date = formatPartialDate(event.date.toISOString(), event.datePrecision, event.endDate?.toISOString() ?? null);
    return isPublic(event) ? { kind: "event", slug: event.slug, title: event.title, href: eventHref(event), date, supports: null } : null;
  }
  if (actor) return isPublic(actor) ? { kind: "actor", slug: actor.slug, title: actor.name, href: actorHref(actor.slug), date: null, supports: null } : null;
  if (actorLink) {
    const from = actorLink.from;
    const share = actorLink.sharePercent ? ` ${actorLink.sharePercent.toFixed()} %` : "";
    const supports = `Link: ${labelOf(actorLink.type).toLowerCase()}${share} ${actorLink.to.name}${actorLink.role ? ` (${actorLink.role})` : ""}`;
    return isPublic(from) && isPublic(actorLink.to) ? { kind: "actor", slug: from.slug, title: from.name, href: actorHref(from.slug), date: null, supports } : null;
  }
  return null;
}

/** Records citing the source, grouped by record, in the order agreements, pledges, events, actors. */
async function loadCitingRecords(db: PrismaClient, sourceSlug: string): Promise<CitingRecord[]> {
  const rows = await db.citation.findMany({
    where: { AND: [publicCitation, { source: { slug: sourceSlug, ...publicSource }, aboutSourceId: null }] },
    select: citingSelect,
    orderBy: { id: "asc" },
  });
  const records = new Map<string, CitingRecord>();
  for (const row of rows) {
    const owner = owningRecord(row);
    if (!owner) continue;
    const key = `${owner.kind}:${owner.slug}`;
    const { supports, ...record } = owner;
    const entry = records.get(key) ?? { ...record, quotes: [] };
    entry.quotes.push({ quote: row.quote, field: row.field, note: row.note, supports });
    records.set(key, entry);
  }
  const order: CitingKind[] = ["agreement", "pledge", "event", "actor"];
  return [...records.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

export const getCitingRecords = cache(loadCitingRecords);
