// Builds the relationship network from agreements and pledges: pure functions over plain records,
// so the page, the pair page, the synthetic benchmark and the unit tests all count the same way.
// The rules (who is linked by an agreement, how value is counted) are in
// docs/decisions/030-relationship-graph.md.
import type { ActorKind, AgreementStatus, AgreementType, EquipmentCategory, PartyRole, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/format";
import { EDGE_KINDS, edgeKindOfAgreement, edgeKindOfPledge, phaseOfStatus, type EdgeKind, type StatusPhase } from "./kinds";

export interface ActorInfo {
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode: string | null;
}

export interface AgreementRecord {
  id: number;
  slug: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  /** Year of the start date, null when unknown. */
  year: number | null;
  /** Known value in US dollars (only when disclosed in USD), else null. */
  usd: number | null;
  /** Equipment categories (for the category filter; absent = none). */
  categories?: EquipmentCategory[];
  /** ISO codes of the countries where the work happens (the map's markers; absent = none). */
  workCountryCodes?: string[];
  parties: { role: PartyRole; actor: ActorInfo }[];
}

export interface PledgeRecord {
  id: number;
  slug: string;
  title: string;
  kind: PledgeKind;
  status: PledgeStatus;
  year: number | null;
  /** The normalised USD value, null when undisclosed. */
  usd: number | null;
  /** Equipment category (for the category filter; absent = none). */
  category?: EquipmentCategory | null;
  /** Whether the value is disclosed (the map counts undisclosed values apart; absent = unknown). */
  disclosure?: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE";
  agreementId: number | null;
  donor: ActorInfo;
  recipients: ActorInfo[];
}

export interface GraphInput {
  /** Actors of kind COUNTRY: the page a country node links to and its name. */
  countries: { code: string; slug: string; name: string }[];
  agreements: AgreementRecord[];
  pledges: PledgeRecord[];
}

export interface GraphFilters {
  kinds: EdgeKind[];
  phases: StatusPhase[];
  from: number | null;
  to: number | null;
  /**
   * Equipment categories a record must have one of (an agreement any of its categories, a pledge its
   * category), as the lists' `category` filter; empty = any record, with or without a category.
   */
  categories: EquipmentCategory[];
  /** Companies, organisations and alliances as nodes of their own instead of folded into their country. */
  includeOrganisations: boolean;
}

export type NodeKey = string;

export interface GraphNode {
  key: NodeKey;
  label: string;
  /** Two to four letters: the ISO code of a country, initials of an organisation. */
  short: string;
  type: "country" | "organisation";
  countryCode: string | null;
  href: string | null;
  /** Number of agreements and pledges (after filters) the node takes part in. */
  involvement: number;
  /** Number of other nodes it is connected to. */
  degree: number;
}

export interface RecordRef {
  type: "agreement" | "pledge";
  id: number;
  slug: string;
  title: string;
  kind: EdgeKind;
}

/** What a tie adds up to, before its strength and link are derived. */
export interface EdgeTally {
  key: string;
  source: NodeKey;
  target: NodeKey;
  /** Agreements and pledges linking the two. */
  count: number;
  /** Sum of the known USD values (a pledge that belongs to a counted agreement of known value is not added twice). */
  usd: number;
  byKind: Partial<Record<EdgeKind, { count: number; usd: number }>>;
}

/** A tie as the page draws it: its totals, without the list of records behind them. */
export interface EdgeSummary extends EdgeTally {
  /** count + log10(1 + USD millions): what edge width and layout pull are based on. */
  strength: number;
  /** The pair page, when both ends belong to (different) countries. */
  href: string | null;
}

export interface GraphEdge extends EdgeSummary {
  records: RecordRef[];
}

/** The network as the page draws it (from SQL aggregates or from buildGraph). */
export interface GraphSummary {
  nodes: GraphNode[];
  edges: EdgeSummary[];
  /** Agreements and pledges that produced at least one edge. */
  recordCount: number;
}

export interface Graph extends GraphSummary {
  edges: GraphEdge[];
}

/** Who the nodes are: country actors by upper-case ISO code, organisations by slug. */
export interface NodeDirectory {
  countries: Map<string, { slug: string; name: string }>;
  organisations: Map<string, ActorInfo>;
}

export const defaultFilters: GraphFilters = {
  kinds: [...EDGE_KINDS],
  phases: ["discussed", "committed", "underway", "stopped"],
  from: null,
  to: null,
  categories: [],
  includeOrganisations: false,
};

/** Actor kinds drawn as nodes of their own when organisations are shown. */
export const ORGANISATION_KIND_LIST = ["COMPANY", "ORGANISATION", "ALLIANCE"] as const satisfies readonly ActorKind[];
const ORGANISATION_KINDS: ReadonlySet<ActorKind> = new Set(ORGANISATION_KIND_LIST);

/** The node an actor belongs to: its country, or itself when organisations are shown; null = not drawn. */
export function nodeKeyOf(actor: ActorInfo, includeOrganisations: boolean): NodeKey | null {
  if (includeOrganisations && ORGANISATION_KINDS.has(actor.kind)) return `a:${actor.slug}`;
  return actor.countryCode ? `c:${actor.countryCode.toUpperCase()}` : null;
}

export function strengthOf(count: number, usd: number): number {
  return count + Math.log10(1 + usd / 1e6);
}

export function pairHref(a: string, b: string): string {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort();
  return `/relationships/${x}/${y}`;
}

function initials(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, "")
    .split(/[\s-]+/)
    .filter((w) => /^[A-ZÀ-Ý]/.test(w));
  if (words.length >= 2)
    return words
      .slice(0, 4)
      .map((w) => w[0])
      .join("");
  return name.slice(0, 4);
}

export function passes(
  kind: EdgeKind,
  status: AgreementStatus | PledgeStatus,
  year: number | null,
  categories: readonly EquipmentCategory[],
  filters: GraphFilters,
): boolean {
  if (!filters.kinds.includes(kind)) return false;
  if (filters.categories.length > 0 && !categories.some((c) => filters.categories.includes(c))) return false;
  if (!filters.phases.includes(phaseOfStatus[status])) return false;
  if (filters.from !== null || filters.to !== null) {
    if (year === null) return false;
    if (filters.from !== null && year < filters.from) return false;
    if (filters.to !== null && year > filters.to) return false;
  }
  return true;
}

/**
 * The pairs of nodes an agreement links: every two parties' nodes, except two parties that hold
 * exactly the same roles other than PARTNER (two suppliers, two hosts, two beneficiaries are on the
 * same side of the deal, not partners of each other).
 */
export function agreementPairs(agreement: AgreementRecord, includeOrganisations: boolean): [NodeKey, NodeKey][] {
  const roles = new Map<NodeKey, Set<PartyRole>>();
  for (const party of agreement.parties) {
    const key = nodeKeyOf(party.actor, includeOrganisations);
    if (!key) continue;
    const set = roles.get(key) ?? new Set<PartyRole>();
    set.add(party.role);
    roles.set(key, set);
  }
  const keys = [...roles.keys()].sort();
  const pairs: [NodeKey, NodeKey][] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = roles.get(keys[i]!)!;
      const b = roles.get(keys[j]!)!;
      const sameSide = a.size === b.size && [...a].every((r) => b.has(r)) && !a.has("PARTNER");
      if (!sameSide) pairs.push([keys[i]!, keys[j]!]);
    }
  }
  return pairs;
}

/** The pairs a pledge links: its donor's node with each recipient's node. */
export function pledgePairs(pledge: PledgeRecord, includeOrganisations: boolean): [NodeKey, NodeKey][] {
  const donor = nodeKeyOf(pledge.donor, includeOrganisations);
  if (!donor) return [];
  const seen = new Set<string>();
  const pairs: [NodeKey, NodeKey][] = [];
  for (const recipient of pledge.recipients) {
    const key = nodeKeyOf(recipient, includeOrganisations);
    if (!key || key === donor) continue;
    const pair = [donor, key].sort() as [NodeKey, NodeKey];
    if (seen.has(pair.join("|"))) continue;
    seen.add(pair.join("|"));
    pairs.push(pair);
  }
  return pairs;
}

export function buildGraph(input: GraphInput, filters: GraphFilters = defaultFilters): Graph {
  const countries = new Map(input.countries.map((c) => [c.code.toUpperCase(), c]));
  const actorsBySlug = new Map<string, ActorInfo>();
  const edges = new Map<string, EdgeTally & { records: RecordRef[] }>();
  const involvement = new Map<NodeKey, Set<string>>();
  const counted = new Set<string>();
  /** Agreements of known value on each edge, so a pledge under one of them does not add its money twice. */
  const valuedAgreements = new Map<string, Set<number>>();

  const add = (pair: [NodeKey, NodeKey], ref: RecordRef, usd: number | null, agreementId: number | null) => {
    const key = `${pair[0]}|${pair[1]}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { key, source: pair[0], target: pair[1], count: 0, usd: 0, byKind: {}, records: [] };
      edges.set(key, edge);
    }
    const valued = valuedAgreements.get(key) ?? new Set<number>();
    valuedAgreements.set(key, valued);
    let value = usd ?? 0;
    if (ref.type === "agreement" && usd !== null) valued.add(ref.id);
    if (ref.type === "pledge" && agreementId !== null && valued.has(agreementId)) value = 0;
    edge.count += 1;
    edge.usd += value;
    const slot = (edge.byKind[ref.kind] ??= { count: 0, usd: 0 });
    slot.count += 1;
    slot.usd += value;
    edge.records.push(ref);
    const recordKey = `${ref.type}:${ref.id}`;
    counted.add(recordKey);
    for (const node of pair) {
      const set = involvement.get(node) ?? new Set<string>();
      set.add(recordKey);
      involvement.set(node, set);
    }
  };

  const remember = (actor: ActorInfo) => actorsBySlug.set(actor.slug, actor);
  for (const agreement of [...input.agreements].sort((a, b) => a.id - b.id)) {
    const kind = edgeKindOfAgreement[agreement.type];
    if (!passes(kind, agreement.status, agreement.year, agreement.categories ?? [], filters)) continue;
    agreement.parties.forEach((p) => remember(p.actor));
    const ref: RecordRef = { type: "agreement", id: agreement.id, slug: agreement.slug, title: agreement.title, kind };
    for (const pair of agreementPairs(agreement, filters.includeOrganisations)) add(pair, ref, agreement.usd, null);
  }
  for (const pledge of [...input.pledges].sort((a, b) => a.id - b.id)) {
    const kind = edgeKindOfPledge[pledge.kind];
    if (!passes(kind, pledge.status, pledge.year, pledge.category ? [pledge.category] : [], filters)) continue;
    remember(pledge.donor);
    pledge.recipients.forEach(remember);
    const ref: RecordRef = { type: "pledge", id: pledge.id, slug: pledge.slug, title: pledge.title, kind };
    for (const pair of pledgePairs(pledge, filters.includeOrganisations)) add(pair, ref, pledge.usd, pledge.agreementId);
  }

  const involved = new Map([...involvement].map(([node, records]) => [node, records.size]));
  return assembleGraph([...edges.values()], involved, counted.size, { countries, organisations: actorsBySlug });
}

/**
 * Nodes (named, counted and ordered) and edges (with strength and pair link, strongest first) from
 * the tallies of each tie and the number of records each node takes part in. Shared by buildGraph and
 * the SQL aggregation behind the page (lib/data/relationship-graph.ts), so both order and name alike.
 */
export function assembleGraph<E extends EdgeTally>(
  tallies: E[],
  involvement: Map<NodeKey, number>,
  recordCount: number,
  directory: NodeDirectory,
): { nodes: GraphNode[]; edges: (E & Pick<EdgeSummary, "strength" | "href">)[]; recordCount: number } {
  const degree = new Map<NodeKey, number>();
  for (const edge of tallies) for (const n of [edge.source, edge.target]) degree.set(n, (degree.get(n) ?? 0) + 1);

  const nodes: GraphNode[] = [...involvement.keys()].map((key) => {
    const base = { key, involvement: involvement.get(key)!, degree: degree.get(key) ?? 0 };
    if (key.startsWith("c:")) {
      const code = key.slice(2);
      const actor = directory.countries.get(code);
      return {
        ...base,
        label: actor?.name ?? countryName(code),
        short: code,
        type: "country",
        countryCode: code,
        href: actor ? `/actors/${actor.slug}` : null,
      };
    }
    const actor = directory.organisations.get(key.slice(2))!;
    return {
      ...base,
      label: actor.name,
      short: initials(actor.name),
      type: "organisation",
      countryCode: actor.countryCode,
      href: `/actors/${actor.slug}`,
    };
  });
  nodes.sort((a, b) => b.involvement - a.involvement || a.label.localeCompare(b.label, "en") || a.key.localeCompare(b.key));

  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edgeList = tallies.map((tally) => {
    const a = byKey.get(tally.source)!.countryCode;
    const b = byKey.get(tally.target)!.countryCode;
    return Object.assign(tally, { strength: strengthOf(tally.count, tally.usd), href: a && b && a !== b ? pairHref(a, b) : null });
  });
  edgeList.sort((a, b) => b.strength - a.strength || a.key.localeCompare(b.key));
  return { nodes, edges: edgeList, recordCount };
}

/** Which agreements and pledges link two countries (country nodes, no filters): the pair page's content. */
export function pairRecords(input: GraphInput, a: string, b: string): { agreementIds: number[]; pledgeIds: number[] } {
  const target = [`c:${a.toUpperCase()}`, `c:${b.toUpperCase()}`].sort().join("|");
  const hit = (pairs: [NodeKey, NodeKey][]) => pairs.some((p) => p.join("|") === target);
  return {
    agreementIds: input.agreements
      .filter((x) => hit(agreementPairs(x, false)))
      .map((x) => x.id)
      .sort((x, y) => x - y),
    pledgeIds: input.pledges
      .filter((x) => hit(pledgePairs(x, false)))
      .map((x) => x.id)
      .sort((x, y) => x - y),
  };
}

/** The years that agreements and pledges are dated in, for the year-range filter. */
export function yearsOf(input: GraphInput): number[] {
  const years = new Set<number>();
  for (const r of [...input.agreements, ...input.pledges]) if (r.year !== null) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}
