// The map as plain data ready to draw: two panels — Europe, large enough to read on a phone, and the
// rest of the world as an inset — each country with its path, shade, link and tooltip, labels placed
// so they do not collide, and marks where the work happens. Country outlines are projected once per
// process (they do not depend on the data); the data only decides shades, links and labels.
import { geoPath } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { compactPath } from "./compact-path";
import { SITE_KINDS, siteTotal, UKRAINE, type CooperationMap, type CountryCooperation, type SiteKind } from "./cooperation";
import { countryShapes } from "./geometry";
import { europeFrame, worldFrame, type Frame } from "./projections";
import { classOf, measureOf, shadeScale, type ShadeMeasure, type ShadeScale } from "./scale";
import { countryLines, mapText, ukraineLines } from "./text";

export type PanelId = "europe" | "world";

interface BaseCountry {
  code: string;
  d: string;
  /** Where its label and marks go (the centre of its largest polygon), null when outside the frame. */
  anchor: [number, number] | null;
  /** Too small to point at: drawn with a dot as well. */
  small: boolean;
}

interface BasePanel {
  id: PanelId;
  width: number;
  height: number;
  countries: BaseCountry[];
  /** World panel: the outline of the Europe panel's area. */
  frameOutline: string | null;
}

/** "none": no data; "ua": Ukraine; "nv": records but no known value (value shading); "s1"–"s5": shade classes. */
export type Shade = "none" | "ua" | "nv" | `s${number}`;

export interface DrawnCountry {
  code: string;
  d: string;
  shade: Shade;
  /** Present for the countries this panel presents (with data): a link to the actor page and the tooltip. */
  link: { href: string | null; lines: string[] } | null;
  dot: { x: number; y: number; r: number } | null;
}

export interface DrawnLabel {
  x: number;
  y: number;
  text: string;
  /** "name" on wide screens, "code" (ISO, larger) on phones; "both" in the inset. */
  variant: "name" | "code" | "both";
}

export interface DrawnMark {
  kind: SiteKind;
  x: number;
  y: number;
  size: number;
}

export interface DrawnPanel {
  id: PanelId;
  title: string;
  width: number;
  height: number;
  countries: DrawnCountry[];
  labels: DrawnLabel[];
  marks: DrawnMark[];
  frameOutline: string | null;
  /** Label font sizes in view-box units: wide screens and phones. */
  fontSize: { name: number; code: number };
}

export interface MapDrawing {
  panels: DrawnPanel[];
  scale: ShadeScale;
  /** Countries with figures that have no outline at this scale (listed under the map instead). */
  undrawn: CountryCooperation[];
}

const SMALL_AREA = 60;

function baseCountries(frame: Frame, tolerance: number): BaseCountry[] {
  const path = geoPath(frame.projection);
  const out: BaseCountry[] = [];
  for (const shape of countryShapes().values()) {
    const d = compactPath(frame.projection, shape.feature, tolerance);
    if (!d) continue;
    const [x, y] = path.centroid(shape.main);
    const inside = Number.isFinite(x) && x >= 4 && x <= frame.width - 4 && y >= 4 && y <= frame.height - 4;
    out.push({
      code: shape.code,
      d,
      anchor: inside ? [Math.round(x), Math.round(y)] : null,
      small: path.area(shape.main) < SMALL_AREA,
    });
  }
  return out;
}

/** The Europe frame's border as seen in the world projection. */
function frameOutline(europe: Frame, world: Frame): string {
  const { width: w, height: h } = europe;
  const border: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) border.push([(w * i) / steps, 0]);
  for (let i = 0; i <= steps; i++) border.push([w, (h * i) / steps]);
  for (let i = steps; i >= 0; i--) border.push([(w * i) / steps, h]);
  for (let i = steps; i >= 0; i--) border.push([0, (h * i) / steps]);
  const points = border.map((p) => world.projection(europe.projection.invert!(p)!)!);
  return `M${points.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join("L")}Z`;
}

let bases: { europe: BasePanel; world: BasePanel } | undefined;

/** Both panels' outlines, projected once per process (~1 s). */
export function basePanels(): { europe: BasePanel; world: BasePanel } {
  if (bases) return bases;
  const features = [...countryShapes().values()].map((s) => s.feature);
  const land: FeatureCollection<Polygon | MultiPolygon> = {
    type: "FeatureCollection",
    features,
  };
  const europe = europeFrame();
  const world = worldFrame(land);
  bases = {
    europe: {
      id: "europe",
      width: europe.width,
      height: europe.height,
      countries: baseCountries(europe, 2.5),
      frameOutline: null,
    },
    world: {
      id: "world",
      width: world.width,
      height: world.height,
      countries: baseCountries(world, 4),
      frameOutline: frameOutline(europe, world),
    },
  };
  return bases;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy placement, most active first: a label goes at its anchor, else just above or below, else nowhere. */
function placeLabels(items: { text: string; anchor: [number, number] }[], fontSize: number, panel: BasePanel, variant: DrawnLabel["variant"]) {
  const placed: Box[] = [];
  const labels: DrawnLabel[] = [];
  for (const { text, anchor } of items) {
    const width = text.length * fontSize * 0.56 + 4;
    const height = fontSize * 1.1;
    for (const dy of [0, -height * 0.9, height * 0.9]) {
      const [x, y] = [anchor[0], anchor[1] + dy];
      const box = {
        x0: x - width / 2,
        x1: x + width / 2,
        y0: y - height * 0.75,
        y1: y + height * 0.35,
      };
      if (box.x0 < 2 || box.x1 > panel.width - 2 || box.y0 < 2 || box.y1 > panel.height - 2) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      labels.push({ x: Math.round(x), y: Math.round(y), text, variant });
      break;
    }
  }
  return labels;
}

/**
 * Marks in a row under the anchor: one per kind of site, bigger for more agreements — from 1 to 2.2
 * units, on a log scale up to the largest count on the map, so a thousand sites do not cover a country.
 */
function marksFor(c: CountryCooperation, anchor: [number, number], unit: number, largest: number): DrawnMark[] {
  const kinds = SITE_KINDS.filter((k) => c.sites[k] > 0);
  const sizes = kinds.map((k) => unit * (1 + (1.2 * Math.log(1 + c.sites[k])) / Math.log(1 + Math.max(2, largest))));
  const total = sizes.reduce((sum, s) => sum + s, 0) + unit * 0.4 * (kinds.length - 1);
  let x = anchor[0] - total / 2;
  return kinds.map((kind, i) => {
    const size = sizes[i]!;
    const mark = {
      kind,
      x: Math.round((x + size / 2) * 10) / 10,
      y: Math.round((anchor[1] + unit * 1.5) * 10) / 10,
      size: Math.round(size * 10) / 10,
    };
    x += size + unit * 0.4;
    return mark;
  });
}

function shadeOf(c: CountryCooperation | undefined, scale: ShadeScale): Shade {
  if (!c) return "none";
  if (c.code === UKRAINE) return "ua";
  if (c.agreements + c.pledges === 0) return "none";
  const shade = classOf(scale, measureOf(c, scale.measure));
  if (!shade) return scale.measure === "usd" ? "nv" : "none";
  return `s${shade.index}`;
}

export function drawMap(map: CooperationMap, measure: ShadeMeasure): MapDrawing {
  const { europe, world } = basePanels();
  const scale = shadeScale(map.countries, measure);
  const all = [map.ukraine, ...map.countries];
  const byCode = new Map(all.map((c) => [c.code, c]));
  const hasData = (c: CountryCooperation) => c.code === UKRAINE || c.agreements + c.pledges + siteTotal(c.sites) > 0;
  const inEurope = new Set(europe.countries.filter((b) => b.anchor).map((b) => b.code));
  const drawable = new Set(world.countries.map((b) => b.code));
  const largestSite = Math.max(0, ...all.flatMap((c) => SITE_KINDS.map((k) => c.sites[k])));
  const lines = (c: CountryCooperation) =>
    c.code === UKRAINE ? ukraineLines(c, map.countries.filter((x) => x.agreements + x.pledges > 0).length) : countryLines(c);

  const panel = (
    base: BasePanel,
    presents: (code: string) => boolean,
    fontSize: DrawnPanel["fontSize"],
    markUnit: number,
    dotRadius: number,
  ): DrawnPanel => {
    const countries: DrawnCountry[] = base.countries.map((b) => {
      const c = byCode.get(b.code);
      const shown = c && hasData(c) && presents(b.code);
      return {
        code: b.code,
        d: b.d,
        shade: shadeOf(c, scale),
        link: shown ? { href: c.href, lines: lines(c) } : null,
        dot: shown && b.small && b.anchor ? { x: b.anchor[0], y: b.anchor[1], r: dotRadius } : null,
      };
    });
    const anchored = base.countries
      .filter((b) => b.anchor && presents(b.code) && byCode.get(b.code) && hasData(byCode.get(b.code)!))
      .map((b) => ({ country: byCode.get(b.code)!, anchor: b.anchor! }))
      .sort(
        (a, b) =>
          (a.country.code === UKRAINE ? -1 : b.country.code === UKRAINE ? 1 : 0) || measureOf(b.country, "records") - measureOf(a.country, "records"),
      );
    const marks = anchored.flatMap(({ country, anchor }) => marksFor(country, anchor, markUnit, largestSite));
    const named = anchored.map(({ country, anchor }) => ({
      text: country.name,
      anchor,
    }));
    const coded = anchored.map(({ country, anchor }) => ({
      text: country.code,
      anchor,
    }));
    const labels =
      base.id === "europe"
        ? [...placeLabels(named, fontSize.name, base, "name"), ...placeLabels(coded, fontSize.code, base, "code")]
        : placeLabels(coded, fontSize.code, base, "both");
    return {
      id: base.id,
      title: base.id === "europe" ? mapText.europe : mapText.world,
      width: base.width,
      height: base.height,
      countries,
      labels,
      marks,
      frameOutline: base.frameOutline,
      fontSize,
    };
  };

  return {
    panels: [
      panel(europe, (code) => inEurope.has(code), { name: 15, code: 30 }, 15, 7),
      panel(world, (code) => !inEurope.has(code), { name: 28, code: 28 }, 24, 10),
    ],
    scale,
    undrawn: all.filter((c) => hasData(c) && !drawable.has(c.code)),
  };
}
