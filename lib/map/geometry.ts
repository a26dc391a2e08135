// Country outlines for the map, from world-atlas (Natural Earth 1:50m, as TopoJSON, shipped in the npm
// package: nothing is fetched). Read once per process and keyed by ISO 3166-1 alpha-2, the code the
// tracker's actors carry. Server only: the file is 750 kB.
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea } from "d3-geo";
import type { Feature, GeometryCollection as GeoCollection, MultiPolygon, Polygon } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryShape {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** Its largest polygon: where its label and markers go, and what a locator map frames (France without French Guiana). */
  main: Feature<Polygon>;
}

/** Natural Earth shapes that have no ISO numeric code but a code in common use. */
const CODES_BY_NAME: Record<string, string> = { Kosovo: "XK" };

let shapes: Map<string, CountryShape> | undefined;

function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === "Polygon") return geometry;
  let best = geometry.coordinates[0]!;
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const area = geoArea({ type: "Polygon", coordinates: rings });
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return { type: "Polygon", coordinates: best };
}

/** Every country outline by ISO alpha-2 code (Antarctica left out: nothing happens there). */
export function countryShapes(): Map<string, CountryShape> {
  if (shapes) return shapes;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as unknown as GeoCollection & {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  };
  const out = new Map<string, CountryShape>();
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const code = (f.id !== undefined ? countries.numericToAlpha2(String(f.id)) : undefined) ?? CODES_BY_NAME[f.properties.name];
    if (!code || code === "AQ" || out.has(code)) continue;
    out.set(code, {
      code,
      feature: f,
      main: {
        type: "Feature",
        properties: {},
        geometry: largestPolygon(f.geometry),
      },
    });
  }
  shapes = out;
  return out;
}
