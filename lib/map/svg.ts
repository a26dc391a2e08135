// The map drawn as SVG markup — one string for the page, the embed and the locator maps, so all three
// look and read the same. Each country with figures is a link to its actor page whose <title> is its
// tooltip and accessible name; labels and marks repeat that information and are hidden from screen
// readers. Colours live in MAP_CSS (light and dark), scoped by the `cm-` prefix.
import { escapeHtml as e } from "@/lib/embed/html";
import type { DrawnCountry, DrawnMark, DrawnPanel } from "./drawing";

export const MAP_CSS = `
.cm-map{display:block;width:100%;height:auto;--cm-none:#e2e8f0;--cm-edge:#fff;--cm-1:#c6dbef;--cm-2:#9ecae1;--cm-3:#6baed6;--cm-4:#3182bd;--cm-5:#08519c;--cm-ua:#ffd700;--cm-ua-edge:#0057b7;--cm-hi:#0f172a;--cm-text:#0f172a;--cm-halo:#fff;--cm-frame:#64748b;--cm-production:#d55e00;--cm-repair:#009e73;--cm-training:#cc79a7;--cm-nv:#f1f5f9}
@media (prefers-color-scheme:dark){.cm-map{--cm-none:#1e293b;--cm-edge:#020617;--cm-1:#1e3a5f;--cm-2:#1d4f86;--cm-3:#2b6cb0;--cm-4:#4a9be0;--cm-5:#93c5fd;--cm-ua:#ffd700;--cm-ua-edge:#ffd700;--cm-hi:#fff;--cm-text:#f1f5f9;--cm-halo:#020617;--cm-frame:#94a3b8;--cm-production:#f08a4b;--cm-repair:#3fcf9f;--cm-training:#e79ac6;--cm-nv:#334155}}
.cm-map path,.cm-map circle{stroke:var(--cm-edge);stroke-width:.8;stroke-linejoin:round}
.cm-map .none{fill:var(--cm-none)}.cm-map .s1{fill:var(--cm-1)}.cm-map .s2{fill:var(--cm-2)}.cm-map .s3{fill:var(--cm-3)}.cm-map .s4{fill:var(--cm-4)}.cm-map .s5{fill:var(--cm-5)}
.cm-map .ua{fill:var(--cm-ua)}.cm-map .cm-c .ua{stroke:var(--cm-ua-edge);stroke-width:1.5}
.cm-map .nv{fill:var(--cm-nv)}.cm-map .nvh{stroke:var(--cm-3);stroke-width:2}
.cm-map .cm-c{cursor:pointer}.cm-map .cm-c:focus{outline:none}
.cm-map .cm-c:hover path,.cm-map .cm-c:hover circle,.cm-map .cm-c:focus-visible path,.cm-map .cm-c:focus-visible circle,.cm-map .cm-c.cm-on path,.cm-map .cm-c.cm-on circle{stroke:var(--cm-hi);stroke-width:2.5}
.cm-map .cm-frame{fill:none;stroke:var(--cm-frame);stroke-width:2;stroke-dasharray:6 4}
.cm-map .cm-labels,.cm-map .cm-marks{pointer-events:none}
.cm-map text{fill:var(--cm-text);stroke:var(--cm-halo);stroke-width:3.5px;paint-order:stroke;stroke-linejoin:round;font-family:inherit;font-weight:600;text-anchor:middle}
.cm-map .cm-marks path{stroke:var(--cm-halo);stroke-width:1.5}
.cm-map .production{fill:var(--cm-production)}.cm-map .repair{fill:var(--cm-repair)}.cm-map .training{fill:var(--cm-training)}
@media (max-width:639px){.cm-map .n{display:none}.cm-map text{stroke-width:6px}}
@media (min-width:640px){.cm-map .c{display:none}}`;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A site mark's outline: production a square, repair a diamond, training a triangle. */
export function markPath(kind: DrawnMark["kind"], x: number, y: number, size: number): string {
  const h = size / 2;
  if (kind === "production") return `M${r1(x - h)} ${r1(y - h)}h${r1(size)}v${r1(size)}h${r1(-size)}z`;
  if (kind === "repair")
    return `M${r1(x)} ${r1(y - h * 1.25)}l${r1(h * 1.25)} ${r1(h * 1.25)}l${r1(-h * 1.25)} ${r1(h * 1.25)}l${r1(-h * 1.25)} ${r1(-h * 1.25)}z`;
  return `M${r1(x)} ${r1(y - h * 1.15)}l${r1(h * 1.2)} ${r1(size * 1.05)}h${r1(-size * 1.2)}z`;
}

function shapeOf(c: DrawnCountry, hatch: string): string {
  const path = `<path class="${c.shade}" d="${c.d}"/>`;
  const overlay = c.shade === "nv" ? `<path fill="url(#${hatch})" d="${c.d}"/>` : "";
  const dot = c.dot ? `<circle class="${c.shade}" cx="${c.dot.x}" cy="${c.dot.y}" r="${c.dot.r}"/>` : "";
  return path + overlay + dot;
}

function linked(c: DrawnCountry, hatch: string): string {
  const title = `<title>${e(c.link!.lines.join("\n"))}</title>`;
  const inner = title + shapeOf(c, hatch);
  return c.link!.href
    ? `<a class="cm-c" href="${e(c.link!.href)}" data-code="${c.code}">${inner}</a>`
    : `<g class="cm-c" role="img" data-code="${c.code}">${inner}</g>`;
}

export interface SvgOptions {
  /** Id prefix, unique in the document (patterns are referenced by id). */
  id: string;
  /** The accessible name of the drawing. */
  label: string;
}

/** One panel as an <svg> element: countries, the Europe frame (world panel), marks, labels. */
export function renderPanelSvg(panel: DrawnPanel, options: SvgOptions): string {
  const hatch = `${options.id}-nv`;
  const plain = panel.countries.filter((c) => !c.link);
  const links = panel.countries.filter((c) => c.link);
  // Ukraine last among the links, so its outline is drawn over its neighbours'.
  links.sort((a, b) => Number(a.shade === "ua") - Number(b.shade === "ua"));
  const defs = panel.countries.some((c) => c.shade === "nv")
    ? `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="nvh" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`
    : "";
  const frame = panel.frameOutline ? `<path class="cm-frame" d="${panel.frameOutline}"><title>Area shown on the map of Europe</title></path>` : "";
  const marks = panel.marks.map((m) => `<path class="${m.kind}" d="${markPath(m.kind, m.x, m.y, m.size)}"/>`).join("");
  const labels = panel.labels
    .map((l) => {
      const cls = l.variant === "name" ? "n" : l.variant === "code" ? "c" : "b";
      const size = l.variant === "name" ? panel.fontSize.name : panel.fontSize.code;
      return `<text class="${cls}" x="${l.x}" y="${l.y}" font-size="${size}">${e(l.text)}</text>`;
    })
    .join("");
  return (
    `<svg class="cm-map" viewBox="0 0 ${panel.width} ${panel.height}" role="group" aria-label="${e(options.label)}" data-panel="${panel.id}">` +
    defs +
    `<g aria-hidden="true">${plain.map((c) => shapeOf(c, hatch)).join("")}</g>` +
    `<g>${links.map((c) => linked(c, hatch)).join("")}</g>` +
    (frame ? `<g aria-hidden="true">${frame}</g>` : "") +
    `<g class="cm-marks" aria-hidden="true">${marks}</g>` +
    `<g class="cm-labels" aria-hidden="true">${labels}</g>` +
    `</svg>`
  );
}
