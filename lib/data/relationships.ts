// Reads for the relationship network and the pair pages. The network is counted in the database
// (relationship-graph.ts) and, with its layout, computed once per data version and filter set; the
// pair pages find one page of records per section with a few indexed queries (relationship-pair.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countryName } from "@/lib/format";
import { capGraph, type DrawnGraph } from "@/lib/relationships/cap";
import { defaultFilters, type EdgeSummary, type GraphFilters, type GraphSummary } from "@/lib/relationships/graph";
import { EDGE_KINDS, STATUS_PHASES } from "@/lib/relationships/kinds";
import { layoutGraph, type Layout } from "@/lib/relationships/layout";
import { buildMatrix, MATRIX_TIE_BUDGET, PAGE_MATRIX_LIMIT, type Matrix } from "@/lib/relationships/matrix";
import { agreementSelect, toAgreementDto, type AgreementDto } from "./agreements";
import { memoizeByDataVersion } from "./data-version";
import { eventSelect, toEventDto, type EventDto } from "./events";
import type { NumberedPage, PageRequest } from "./paging";
import { inSlices, numbered, pairIdPages, type PairPages } from "./relationship-pair";
import { pledgeSelect, toPledgeDto, type PledgeDto } from "./pledges";
import { aggregateGraph, recordYears } from "./relationship-graph";
import { publicActor } from "./visibility";

export { loadGraphInput } from "./relationship-records";

export interface RelationshipView {
  /** The whole view: its totals, strongest ties and pair links. */
  graph: GraphSummary;
  /** What the drawing shows: all of it, or its most involved nodes when it is large (lib/relationships/cap.ts). */
  drawn: DrawnGraph;
  /** The layout of the drawn graph. */
  layout: Layout;
  matrix: Matrix;
  /** The years records are dated in, for the year-range filter. */
  years: number[];
}

/** The same key for the same filters, however they were spelled in the URL. */
export function filtersKey(filters: GraphFilters): string {
  const kinds = EDGE_KINDS.filter((k) => filters.kinds.includes(k));
  const phases = STATUS_PHASES.filter((p) => filters.phases.includes(p));
  const categories = [...filters.categories].sort();
  return JSON.stringify([kinds, phases, filters.from, filters.to, categories, filters.includeOrganisations]);
}

/** The network page's content for a filter set, computed once per data version (lib/data/data-version.ts). */
export function getRelationshipView(db: PrismaClient, filters: GraphFilters = defaultFilters): Promise<RelationshipView> {
  return memoizeByDataVersion(db, `relationships:${filtersKey(filters)}`, async () => {
    const [graph, years] = await Promise.all([aggregateGraph(db, filters), recordYears(db)]);
    const drawn = capGraph(graph);
    return { graph, drawn, layout: layoutGraph(drawn.graph), matrix: buildMatrix(graph, PAGE_MATRIX_LIMIT, MATRIX_TIE_BUDGET), years };
  });
}

export interface PairCountry {
  code: string;
  name: string;
  /** The country's actor page, when the tracker has one. */
  slug: string | null;
}

interface PairOf<Agreements, Pledges, Events> {
  a: PairCountry;
  b: PairCountry;
  agreements: Agreements;
  pledges: Pledges;
  events: Events;
  /** The edge the network draws between the two (no filters), or null when only events link them. */
  tie: EdgeSummary | null;
}

/** Everything between two countries. */
export type PairDto = PairOf<AgreementDto[], PledgeDto[], EventDto[]>;
/** One page of each section between two countries, with each section's total. */
export type PairPageDto = PairOf<NumberedPage<AgreementDto>, NumberedPage<PledgeDto>, NumberedPage<EventDto>>;

/** Records per section on a pair page. */
export const PAIR_PAGE_SIZE = 50;

export interface PairPageRequest {
  agreements: number;
  pledges: number;
  events: number;
}

async function loadPair(db: PrismaClient, codeA: string, codeB: string, pages: PairPages): Promise<PairPageDto | null> {
  const a = codeA.toUpperCase();
  const b = codeB.toUpperCase();
  // Country codes are two capital letters (a CHECK constraint); anything else names no country.
  if (a === b || !/^[A-Z]{2}$/.test(a) || !/^[A-Z]{2}$/.test(b)) return null;
  const [agreementIds, pledgeIds, eventIds] = await pairIdPages(db, a, b, pages);
  if (agreementIds.total + pledgeIds.total + eventIds.total === 0) return null;
  const [agreements, pledges, events, countries, view] = await Promise.all([
    inSlices(agreementIds.ids, (ids) =>
      db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSelect, orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    ),
    inSlices(pledgeIds.ids, (ids) =>
      db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeSelect, orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    ),
    inSlices(eventIds.ids, (ids) => db.event.findMany({ where: { id: { in: ids } }, select: eventSelect, orderBy: [{ date: "asc" }, { id: "asc" }] })),
    db.actor.findMany({
      where: { ...publicActor, kind: "COUNTRY", countryCode: { in: [a, b] } },
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
    agreements: numbered(agreementIds, agreements.map(toAgreementDto)),
    pledges: numbered(pledgeIds, pledges.map(toPledgeDto)),
    events: numbered(eventIds, events.map(toEventDto)),
    tie: view.graph.edges.find((e) => e.key === edgeKey) ?? null,
  };
}

/** Everything between two countries (ISO alpha-2, any case), or null when there is nothing. */
export async function getPair(db: PrismaClient, codeA: string, codeB: string): Promise<PairDto | null> {
  const pair = await loadPair(db, codeA, codeB, { agreements: null, pledges: null, events: null });
  return pair && { ...pair, agreements: pair.agreements.data, pledges: pair.pledges.data, events: pair.events.data };
}

/**
 * One page of each section between two countries (pages from 1; past the end gives the last page),
 * or null when there is nothing between them.
 */
export function getPairPage(db: PrismaClient, codeA: string, codeB: string, pages: PairPageRequest, per = PAIR_PAGE_SIZE): Promise<PairPageDto | null> {
  const request = (page: number): PageRequest => ({ page, per });
  return loadPair(db, codeA, codeB, { agreements: request(pages.agreements), pledges: request(pages.pledges), events: request(pages.events) });
}
