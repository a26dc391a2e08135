// Small locator maps: one country on its actor page, two on a relationship pair page. Drawn with the
// map's outlines and colours (lib/map/svg.ts MAP_CSS), as one labelled image without links.
import { geoPath } from "d3-geo";
import { escapeHtml as e } from "@/lib/embed/html";
import { countryName } from "@/lib/format";
import { compactPath } from "./compact-path";
import { UKRAINE } from "./cooperation";
import { countryShapes } from "./geometry";
import { locatorFrame } from "./projections";

const WIDTH = 400;
const HEIGHT = 260;
const memo = new Map<string, string | null>();

/**
 * An SVG of the countries `codes` (ISO alpha-2) in their surroundings, or null when none of them has
 * an outline. Ukraine is drawn in its own colour, the others in the map's darkest shade.
 */
export function locatorSvg(codes: string[], label: string): string | null {
  const key = `${codes.join(",")}|${label}`;
  if (memo.has(key)) return memo.get(key)!;
  const shapes = countryShapes();
  const focus = codes.map((c) => shapes.get(c.toUpperCase())).filter((s) => s !== undefined);
  let svg: string | null = null;
  if (focus.length > 0) {
    const frame = locatorFrame(
      focus.map((s) => s.main),
      WIDTH,
      HEIGHT,
    );
    const path = geoPath(frame.projection);
    const highlighted = new Set(focus.map((s) => s.code));
    const others: string[] = [];
    const marked: string[] = [];
    const labels: string[] = [];
    for (const shape of shapes.values()) {
      const d = compactPath(frame.projection, shape.feature, 1.5);
      if (!d) continue;
      if (!highlighted.has(shape.code)) {
        others.push(d);
        continue;
      }
      const cls = shape.code === UKRAINE ? "ua" : "s5";
      marked.push(`<path class="${cls}" d="${d}"/>`);
      const [x, y] = path.centroid(shape.main);
      if (!Number.isFinite(x)) continue;
      if (path.area(shape.main) < 40) marked.push(`<circle class="${cls}" cx="${Math.round(x)}" cy="${Math.round(y)}" r="6"/>`);
      const name = countryName(shape.code);
      const half = name.length * 15 * 0.3 + 4;
      const lx = Math.min(Math.max(x, half), WIDTH - half);
      labels.push(`<text class="b" x="${Math.round(lx)}" y="${Math.round(Math.max(18, y - 10))}" font-size="15">${e(name)}</text>`);
    }
    svg =
      `<svg class="cm-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${e(label)}">` +
      `<path class="none" d="${others.join("")}"/>${marked.join("")}<g class="cm-labels">${labels.join("")}</g></svg>`;
  }
  if (memo.size > 500) memo.delete(memo.keys().next().value!);
  memo.set(key, svg);
  return svg;
}
