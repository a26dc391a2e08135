// The map's URL: the network's filters (lib/relationships/filters.ts: type, status, from, to,
// category) plus `shade` (records or usd). Bad values are named and ignored, as on the network.
import { filtersToQuery, parseFilters, type ParsedFilters, type SearchParams } from "@/lib/relationships/filters";
import type { GraphFilters } from "@/lib/relationships/graph";
import { SHADE_MEASURES, type ShadeMeasure } from "./scale";

export interface MapParams extends ParsedFilters {
  measure: ShadeMeasure;
}

export function parseMapParams(params: SearchParams): MapParams {
  const { filters, problems } = parseFilters(params);
  // Companies always count for their country on the map.
  const mapFilters: GraphFilters = { ...filters, includeOrganisations: false };
  const raw = [params.shade].flat()[0]?.trim().toLowerCase();
  let measure: ShadeMeasure = "records";
  if (raw && (SHADE_MEASURES as readonly string[]).includes(raw)) measure = raw as ShadeMeasure;
  else if (raw) problems.push(`Ignored “shade=${raw}”: use shade=records or shade=usd.`);
  return { filters: mapFilters, problems, measure };
}

/** The map's query string for filters and shading ("" for the default view). */
export function mapQuery(filters: GraphFilters, measure: ShadeMeasure): string {
  const query = new URLSearchParams(filtersToQuery(filters).replace(/^\?/, ""));
  if (measure !== "records") query.set("shade", measure);
  const s = query.toString();
  return s ? `?${s}` : "";
}
