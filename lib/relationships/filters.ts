// The network's filters live in the URL (a plain GET form), so a view can be bookmarked, shared and
// reloaded, and works without JavaScript. Bad values never fail the page: they are ignored and named.
import { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { labelOf } from "@/lib/format";
import { defaultFilters, type GraphFilters } from "./graph";
import { EDGE_KINDS, STATUS_PHASES, type EdgeKind, type StatusPhase } from "./kinds";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParsedFilters {
  filters: GraphFilters;
  /** Sentences naming what was ignored, shown above the graph. */
  problems: string[];
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function values(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function pick<T extends string>(params: SearchParams, key: string, allowed: readonly T[], all: T[], problems: string[], what: string): T[] {
  const given = values(params, key);
  if (given.length === 0) return all;
  const known = given.filter((v): v is T => (allowed as readonly string[]).includes(v));
  const unknown = given.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length > 0) problems.push(`Ignored unknown ${what} “${unknown.join("”, “")}”: use ${allowed.join(", ")}.`);
  return known.length > 0 ? allowed.filter((v) => known.includes(v)) : all;
}

function year(params: SearchParams, key: "from" | "to", problems: string[]): number | null {
  const [raw] = values(params, key);
  if (raw === undefined) return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < MIN_YEAR || Number(raw) > MAX_YEAR) {
    problems.push(`Ignored “${key}=${raw}”: give a year such as 2023.`);
    return null;
  }
  return Number(raw);
}

/** Every equipment category, in the schema's order (the `category` filter's values). */
export const EQUIPMENT_CATEGORIES = Object.values(EquipmentCategory);

/**
 * `category=ARTILLERY,DRONES` (any case, repeated or comma-separated) as on the lists; all of them
 * ticked is the same as none (no category condition), as in the other groups.
 */
function categories(params: SearchParams, problems: string[]): EquipmentCategory[] {
  const given = values(params, "category").map((v) => v.toUpperCase());
  const known = EQUIPMENT_CATEGORIES.filter((c) => given.includes(c));
  const unknown = given.filter((v) => !(EQUIPMENT_CATEGORIES as string[]).includes(v));
  if (unknown.length > 0) {
    problems.push(`Ignored unknown category “${unknown.map((u) => u.toLowerCase()).join("”, “")}”: use ${EQUIPMENT_CATEGORIES.map((c) => labelOf(c).toLowerCase()).join(", ")} (e.g. category=AIR_DEFENCE).`);
  }
  return known.length === EQUIPMENT_CATEGORIES.length ? [] : known;
}

/** The filter parameters, described for the API documentation (lib/api/openapi.ts). */
export const filterParameters: { name: string; description: string; values?: readonly string[]; example: string }[] = [
  { name: "type", description: "Kind of tie: industrial, pledges, financing, political; several repeated or comma-separated. Default: all.", values: EDGE_KINDS, example: "industrial" },
  {
    name: "status",
    description: "Status phase: discussed (rumoured, in talks), committed (announced, signed, pledged), underway (in progress, completed, delivered), stopped (stalled, cancelled, refused). Default: all.",
    values: STATUS_PHASES,
    example: "committed,underway",
  },
  { name: "from", description: "First year (YYYY) of an agreement's start or a pledge's date; undated records leave any year range.", example: "2023" },
  { name: "to", description: "Last year (YYYY), inclusive.", example: "2024" },
  {
    name: "category",
    description: "Equipment category: records with at least one of them (records with no stated equipment leave). Default: any.",
    values: EQUIPMENT_CATEGORIES,
    example: "ARTILLERY",
  },
];

export function parseFilters(params: SearchParams): ParsedFilters {
  const problems: string[] = [];
  const kinds = pick<EdgeKind>(params, "type", EDGE_KINDS, [...defaultFilters.kinds], problems, "type");
  const phases = pick<StatusPhase>(params, "status", STATUS_PHASES, [...defaultFilters.phases], problems, "status");
  let from = year(params, "from", problems);
  let to = year(params, "to", problems);
  if (from !== null && to !== null && from > to) {
    problems.push(`The year range ${from}–${to} was reversed; showing ${to}–${from}.`);
    [from, to] = [to, from];
  }
  const orgs = values(params, "orgs");
  const includeOrganisations = orgs.some((v) => v === "1" || v === "on" || v === "true");
  return { filters: { kinds, phases, from, to, categories: categories(params, problems), includeOrganisations }, problems };
}

/** The query string of a filter set, leaving defaults out ("" for the default view). */
export function filtersToQuery(filters: GraphFilters): string {
  const q = new URLSearchParams();
  if (filters.kinds.length < EDGE_KINDS.length) filters.kinds.forEach((k) => q.append("type", k));
  if (filters.phases.length < STATUS_PHASES.length) filters.phases.forEach((p) => q.append("status", p));
  if (filters.from !== null) q.set("from", String(filters.from));
  if (filters.to !== null) q.set("to", String(filters.to));
  EQUIPMENT_CATEGORIES.filter((c) => filters.categories.includes(c)).forEach((c) => q.append("category", c));
  if (filters.includeOrganisations) q.set("orgs", "1");
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function isDefault(filters: GraphFilters): boolean {
  return filtersToQuery(filters) === "";
}
