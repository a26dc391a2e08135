// Citations belong to one record (or one row of it: a party, a status entry, a link, a source's
// evidence), so the citation screens edit them through their record: the record's version guards
// the edit and its history keeps every change. See docs/decisions/043-citations-belong-to-records.md.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EntitySegment } from "./entities";
import type { Values } from "./values";

type Db = PrismaClient | Prisma.TransactionClient;

export const ownerSegments = ["agreements", "actors", "pledges", "events"] as const;

export interface CitationOwnerRef {
  segment: EntitySegment;
  id: number;
  /** Where in the record: "the record", "party 2", "status entry 1", "link 3", "evidence". */
  part: string;
}

const ownerSelect = {
  actorId: true,
  agreementId: true,
  pledgeId: true,
  eventId: true,
  aboutSourceId: true,
  actorLink: { select: { fromId: true } },
  party: { select: { agreementId: true } },
  statusEntry: { select: { agreementId: true } },
} satisfies Prisma.CitationSelect;

type OwnerColumns = Prisma.CitationGetPayload<{ select: typeof ownerSelect }>;

export function ownerOf(c: OwnerColumns): CitationOwnerRef | null {
  if (c.agreementId) return { segment: "agreements", id: c.agreementId, part: "the agreement" };
  if (c.party) return { segment: "agreements", id: c.party.agreementId, part: "a party" };
  if (c.statusEntry) return { segment: "agreements", id: c.statusEntry.agreementId, part: "a status entry" };
  if (c.actorId) return { segment: "actors", id: c.actorId, part: "the actor" };
  if (c.actorLink) return { segment: "actors", id: c.actorLink.fromId, part: "a link" };
  if (c.pledgeId) return { segment: "pledges", id: c.pledgeId, part: "the pledge" };
  if (c.eventId) return { segment: "events", id: c.eventId, part: "the event" };
  if (c.aboutSourceId) return { segment: "sources", id: c.aboutSourceId, part: "evidence" };
  return null;
}

export async function citationWithOwner(db: Db, id: number) {
  const c = await db.citation.findUnique({ where: { id }, select: { id: true, sourceId: true, quote: true, field: true, note: true, ...ownerSelect } });
  if (!c) return null;
  const owner = ownerOf(c);
  return owner ? { citation: c, owner } : null;
}

/** The path of the citation row with this id inside a record's values ("parties.1.citations.0"). */
export function citationPath(values: Values, id: number, prefix = ""): string | null {
  for (const [key, value] of Object.entries(values)) {
    if (!Array.isArray(value)) continue;
    for (let i = 0; i < value.length; i++) {
      const row = value[i];
      if (!row || typeof row !== "object") continue;
      const path = `${prefix}${key}.${i}`;
      if ((key === "citations" || key === "evidence") && (row as Values).id === String(id)) return path;
      const inner = citationPath(row as Values, id, `${path}.`);
      if (inner) return inner;
    }
  }
  return null;
}

/** A copy of the values with the row at `path` replaced (or removed when `row` is null). */
export function replaceAt(values: Values, path: string, row: Values | null): Values {
  const copy = structuredClone(values) as Values;
  const parts = path.split(".");
  const index = Number(parts.pop());
  let node: unknown = copy;
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  const list = node as Values[];
  if (row === null) list.splice(index, 1);
  else list[index] = row;
  return copy;
}

export interface CitationListRow {
  id: number;
  quote: string;
  field: string | null;
  source: string;
  owner: CitationOwnerRef | null;
  ownerTitle: string;
}

export async function listCitations(db: PrismaClient, q?: string): Promise<CitationListRow[]> {
  const rows = await db.citation.findMany({
    where: q ? { quote: { contains: q, mode: "insensitive" } } : {},
    orderBy: { id: "desc" },
    take: 300,
    select: {
      id: true,
      quote: true,
      field: true,
      source: { select: { title: true } },
      ...ownerSelect,
      agreement: { select: { title: true } },
      actor: { select: { name: true } },
      pledge: { select: { title: true } },
      event: { select: { title: true } },
      aboutSource: { select: { title: true } },
      party: { select: { agreementId: true, agreement: { select: { title: true } }, actor: { select: { name: true } } } },
      statusEntry: { select: { agreementId: true, status: true, agreement: { select: { title: true } } } },
      actorLink: { select: { fromId: true, from: { select: { name: true } }, to: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    quote: r.quote,
    field: r.field,
    source: r.source.title,
    owner: ownerOf(r),
    ownerTitle:
      r.agreement?.title ??
      r.actor?.name ??
      r.pledge?.title ??
      r.event?.title ??
      (r.aboutSource ? `${r.aboutSource.title} (evidence)` : null) ??
      (r.party ? `${r.party.agreement.title} — party ${r.party.actor.name}` : null) ??
      (r.statusEntry ? `${r.statusEntry.agreement.title} — status ${r.statusEntry.status}` : null) ??
      (r.actorLink ? `${r.actorLink.from.name} → ${r.actorLink.to.name}` : ""),
  }));
}
