// The map's framings. Europe: a Lambert azimuthal equal-area projection centred on Central Europe
// (the framing European statistics use), from Iceland and Portugal to the Caucasus. The world: Equal
// Earth, without Antarctica. Locator maps: an azimuthal projection centred on what they show.
import { geoAzimuthalEqualArea, geoBounds, geoCentroid, geoEqualEarth, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon, Polygon } from "geojson";

export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
}

export const EUROPE_SIZE = { width: 1000, height: 820 };
/** Points that the Europe frame must contain: Iceland, Portugal, Crete, the Caucasus, the North Cape, Moscow. */
const EUROPE_EXTENT: MultiPoint = {
  type: "MultiPoint",
  coordinates: [
    [-24, 64.5],
    [-10, 36],
    [26, 34.8],
    [45, 40],
    [27, 71],
    [45, 56],
  ],
};

export function europeFrame(): Frame {
  const { width, height } = EUROPE_SIZE;
  const projection = geoAzimuthalEqualArea()
    .rotate([-15, -53])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      EUROPE_EXTENT,
    );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

export const WORLD_WIDTH = 1000;

/** The world fitted to WORLD_WIDTH; its height follows from the land drawn. */
export function worldFrame(land: FeatureCollection<Polygon | MultiPolygon>): Frame {
  const projection = geoEqualEarth().fitWidth(WORLD_WIDTH, land);
  const [[, top], [, bottom]] = [projection([0, 84])!, projection([0, -57])!];
  projection.translate([projection.translate()[0], projection.translate()[1] - top + 6]);
  return {
    projection,
    width: WORLD_WIDTH,
    height: Math.ceil(bottom - top + 12),
  };
}

/**
 * A small map centred on some countries' main polygons, with room around them: how far depends on how
 * far apart they are, and at least `minSpanDegrees` so a small country shows its neighbours.
 */
export function locatorFrame(focus: Feature<Polygon>[], width: number, height: number, minSpanDegrees = 22): Frame {
  const collection: FeatureCollection<Polygon> = {
    type: "FeatureCollection",
    features: focus,
  };
  const [lon, lat] = geoCentroid(collection);
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
  const [[west, south], [east, north]] = geoBounds(collection);
  const spanLon = Math.max(minSpanDegrees, (east - west + 360) % 360 || 360);
  const spanLat = Math.max(minSpanDegrees * 0.6, north - south);
  const box: MultiPoint = {
    type: "MultiPoint",
    coordinates: [
      [lon - spanLon * 0.8, lat],
      [lon + spanLon * 0.8, lat],
      [lon, Math.max(-89, lat - spanLat * 0.8)],
      [lon, Math.min(89, lat + spanLat * 0.8)],
    ],
  };
  projection.fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    box,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}
