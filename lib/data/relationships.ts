// Reads for the relationship network and the pair pages. The network is counted in the database
// (relationship-graph.ts) and, with its layout, computed once per data version and filter set; the
// pair pages find their records with a few indexed queries.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PartyRole } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/format";
import { defaultFilters, type EdgeSummary, type GraphFilters, type GraphSummary } from "@/lib/relationships/graph";
import { EDGE_KINDS, STATUS_PHASES } from "@/lib/relationships/kinds";
import { layoutGraph, type Layout } from "@/lib/relationships/layout";
import { buildMatrix, type Matrix } from "@/lib/relationships/matrix";
import { agreementSelect, toAgreementDto, type AgreementDto } from "./agreements";
import { memoizeByDataVersion } from "./data-version";
import { eventSelect, toEventDto, type EventDto } from "./events";
import { pledgeSelect, toPledgeDto, type PledgeDto } from "./pledges";
import { aggregateGraph, recordYears } from "./relationship-graph";
import { visible } from "./shared";

export { loadGraphInput } from "./relationship-records";

export interface RelationshipView {
  graph: GraphSummary;
  layout: Layout;
  matrix: Matrix;
  /** The years records are dated in, for the year-range filter. */
  years: number[];
}

/** The same key for the same filters, however they were spelled in the URL. */
function filtersKey(filters: GraphFilters): string {
  const kinds = EDGE_KINDS.filter((k) => filters.kinds.includes(k));
  const phases = STATUS_PHASES.filter((p) => filters.phases.includes(p));
  return JSON.stringify([kinds, phases, filters.from, filters.to, filters.includeOrganisations]);
}

/** The network page's content for a filter set, computed once per data version (lib/data/data-version.ts). */
export function getRelationshipView(db: PrismaClient, filters: GraphFilters = defaultFilters): Promise<RelationshipView> {
  return memoizeByDataVersion(db, `relationships:${filtersKey(filters)}`, async () => {
    const [graph, years] = await Promise.all([aggregateGraph(db, filters), recordYears(db)]);
    return { graph, layout: layoutGraph(graph), matrix: buildMatrix(graph), years };
  });
}

export interface PairCountry {
  code: string;
  name: string;
  /** The country's actor page, when the tracker has one. */
  slug: string | null;
}

export interface PairDto {
  a: PairCountry;
  b: PairCountry;
  agreements: AgreementDto[];
  pledges: PledgeDto[];
  events: EventDto[];
  /** The edge the network draws between the two (no filters), or null when only events link them. */
  tie: EdgeSummary | null;
}

const roles = Object.values(PartyRole) as string[];
const partner = 1 << (roles.indexOf(PartyRole.PARTNER) + 1);

/** A country's parties to each agreement, their roles as a bit set (the same test as agreementPairs). */
const partiesOf = (code: string) => Prisma.sql`
  SELECT p."agreementId" AS rid, bit_or(1 << array_position(${roles}::text[], p.role::text)) AS roles
  FROM "AgreementParty" p JOIN "Actor" ac ON ac.id = p."actorId"
  WHERE ac."countryCode" = ${code}::char(2)
  GROUP BY 1`;

/**
 * Agreements and pledges that link two countries' nodes, as buildGraph's pairRecords does (no
 * filters, organisations folded into their country), in the order the page lists them.
 */
async function pairRecordIds(db: PrismaClient, a: string, b: string): Promise<{ agreementIds: number[]; pledgeIds: number[] }> {
  const [agreements, pledges] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT ag.id FROM "Agreement" ag
      JOIN (${partiesOf(a)}) x ON x.rid = ag.id
      JOIN (${partiesOf(b)}) y ON y.rid = ag.id
      WHERE ag."isPublished" AND ag."deletedAt" IS NULL AND (x.roles <> y.roles OR x.roles & ${partner}::int <> 0)
      ORDER BY ag."startDate" ASC NULLS LAST, ag.id`,
    db.$queryRaw<{ id: number }[]>`
      SELECT p.id FROM "Pledge" p JOIN "Actor" d ON d.id = p."donorId"
      WHERE p."isPublished" AND p."deletedAt" IS NULL AND d."countryCode" = ANY (${[a, b]}::text[]::char(2)[]) AND EXISTS (
        SELECT 1 FROM "PledgeRecipient" r JOIN "Actor" ac ON ac.id = r."actorId"
        WHERE r."pledgeId" = p.id AND ac."countryCode" = ANY (${[a, b]}::text[]::char(2)[]) AND ac."countryCode" <> d."countryCode")
      ORDER BY p.date ASC NULLS LAST, p.id`,
  ]);
  return { agreementIds: agreements.map((r) => r.id), pledgeIds: pledges.map((r) => r.id) };
}

/** Events involving both countries: an actor of each (reporters aside), or one side's actor in the other's territory. */
async function pairEventIds(db: PrismaClient, a: string, b: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM "Event" e
    JOIN (
      SELECT id FROM (
        SELECT id, "placeCountryCode"::text AS code FROM "Event" WHERE "placeCountryCode" = ANY (${[a, b]}::text[]::char(2)[])
        UNION
        SELECT ea."eventId", ac."countryCode"::text FROM "EventActor" ea JOIN "Actor" ac ON ac.id = ea."actorId"
        WHERE ea.role <> 'REPORTER' AND ac."countryCode" = ANY (${[a, b]}::text[]::char(2)[])
      ) involved GROUP BY id HAVING count(*) = 2
    ) both_sides ON both_sides.id = e.id
    WHERE e."isPublished" AND e."deletedAt" IS NULL
    ORDER BY e.date, e.id`;
  return rows.map((r) => r.id);
}

/** Rows for ids already in page order, a slice at a time: nested relations are loaded with one bind parameter per row. */
async function inSlices<T>(ids: number[], load: (slice: number[]) => Promise<T[]>, size = 2000): Promise<T[]> {
  const slices: number[][] = [];
  for (let i = 0; i < ids.length; i += size) slices.push(ids.slice(i, i + size));
  return (await Promise.all(slices.map(load))).flat();
}

/** Everything between two countries (ISO alpha-2, any case), or null when there is nothing. */
export async function getPair(db: PrismaClient, codeA: string, codeB: string): Promise<PairDto | null> {
  const a = codeA.toUpperCase();
  const b = codeB.toUpperCase();
  // Country codes are two capital letters (a CHECK constraint); anything else names no country.
  if (a === b || !/^[A-Z]{2}$/.test(a) || !/^[A-Z]{2}$/.test(b)) return null;
  const [{ agreementIds, pledgeIds }, eventIds] = await Promise.all([pairRecordIds(db, a, b), pairEventIds(db, a, b)]);
  if (agreementIds.length + pledgeIds.length + eventIds.length === 0) return null;
  const [agreements, pledges, events, countries, view] = await Promise.all([
    inSlices(agreementIds, (ids) =>
      db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSelect, orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    ),
    inSlices(pledgeIds, (ids) =>
      db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeSelect, orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    ),
    inSlices(eventIds, (ids) => db.event.findMany({ where: { id: { in: ids } }, select: eventSelect, orderBy: [{ date: "asc" }, { id: "asc" }] })),
    db.actor.findMany({
      where: { ...visible, kind: "COUNTRY", countryCode: { in: [a, b] } },
      select: { slug: true, name: true, countryCode: true },
      orderBy: { id: "asc" },
    }),
    getRelationshipView(db),
  ]);
  const country = (code: string): PairCountry => {
    const actor = countries.find((c) => c.countryCode === code);
    return { code, name: actor?.name ?? countryName(code), slug: actor?.slug ?? null };
  };
  const edgeKey = [`c:${a}`, `c:${b}`].sort().join("|");
  return {
    a: country(a),
    b: country(b),
    agreements: agreements.map(toAgreementDto),
    pledges: pledges.map(toPledgeDto),
    events: events.map(toEventDto),
    tie: view.graph.edges.find((e) => e.key === edgeKey) ?? null,
  };
}
