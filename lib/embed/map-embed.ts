// The embeddable map (/embed/map): both panels, the legend, the numbers as a table, the source line,
// a CSV of those numbers and a link back — one HTML document with no JavaScript. Tooltips are the
// SVG <title>s; the table carries the same facts.
import { SITE_KINDS, type CooperationMap } from "@/lib/map/cooperation";
import type { MapDrawing } from "@/lib/map/drawing";
import { MAP_CSS, markPath } from "@/lib/map/svg";
import { mapColumns, mapRows } from "@/lib/map/table";
import { mapText, siteKindLabel } from "@/lib/map/text";
import { escapeHtml as e, htmlDocument } from "./html";

const CSS = `
.wrap{max-width:1100px;margin:0 auto;padding:12px 14px}
.top{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--muted);flex-wrap:wrap}
h1{font-size:18px;margin:6px 0 2px}.filters,.summary{font-size:13px;color:var(--muted);margin:0 0 8px}
.panels{display:grid;gap:10px}@media (min-width:760px){.panels{grid-template-columns:1.9fr 1fr;align-items:start}}
.panels h2{font-size:13px;margin:0 0 3px;color:var(--muted)}.panel{border:1px solid var(--line);border-radius:8px;overflow:hidden}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:8px 0;padding:0;list-style:none;font-size:12px;align-items:center}
.legend svg{width:20px;height:13px;display:inline-block;vertical-align:-2px;margin-right:4px}
table{border-collapse:collapse;font-size:12px;margin-top:6px}th,td{border-bottom:1px solid var(--line);padding:2px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
footer{font-size:12px;color:var(--muted);margin-top:8px}footer p{margin:2px 0}`;

function swatch(shade: string): string {
  const hatch = shade === "nv" ? `<path class="nvh" d="M0 16L16 0M8 16L24 0M-8 16L8 0M16 16L32 0"/>` : "";
  return `<svg class="cm-map" viewBox="0 0 24 16" aria-hidden="true"><rect class="${shade}" x=".5" y=".5" width="23" height="15"/>${hatch}</svg>`;
}

function mark(kind: (typeof SITE_KINDS)[number]): string {
  return `<svg class="cm-map" viewBox="0 0 16 16" aria-hidden="true"><path class="${kind}" d="${markPath(kind, 8, 8, 11)}"/></svg>`;
}

export interface MapEmbedOptions {
  origin: string;
  /** The /map query string of the same view ("" or "?…"). */
  query: string;
  /** The CSV's query string (filters only). */
  csvQuery: string;
  filterNote: string | null;
  panels: { title: string; svg: string }[];
}

export function renderMapEmbed(map: CooperationMap, drawing: MapDrawing, options: MapEmbedOptions): string {
  const back = `${options.origin}/map${options.query}`;
  const csv = `${options.origin}/exports/map.csv${options.csvQuery}`;
  const scale = drawing.scale;
  const legend = [
    ...scale.classes.map((c) => `<li>${swatch(`s${c.index}`)}${e(c.label)}</li>`),
    ...(scale.measure === "usd" ? [`<li>${swatch("nv")}${e(mapText.noKnownValue)}</li>`] : []),
    `<li>${swatch("none")}${e(mapText.noRecords)}</li>`,
    `<li>${swatch("ua")}${e(mapText.ukraine)}</li>`,
    ...SITE_KINDS.map((k) => `<li>${mark(k)}${e(siteKindLabel[k].label)}</li>`),
  ].join("");
  const columns = mapColumns.filter((c) => c.name !== "code" && c.name !== "actor_page" && c.name !== "records");
  const rows = mapRows(map)
    .map(
      (c) =>
        `<tr>${columns.map((col, i) => (i === 0 ? `<th scope="row">${e(String(col.value(c)))}</th>` : `<td class="n">${e(String(col.value(c)))}</td>`)).join("")}</tr>`,
    )
    .join("");
  const links = (html: string) =>
    html.replace(
      /<a class="cm-c" href="([^"]*)"/g,
      (_m, href: string) => `<a class="cm-c" target="_blank" rel="noopener" href="${options.origin}${href}"`,
    );
  const body = `<main class="wrap">
<div class="top"><span>Ukraine Defence Cooperation Tracker</span><a href="${e(back)}" target="_blank" rel="noopener">Open in the tracker →</a></div>
<h1>${e(mapText.figureTitle)}</h1>
<p class="summary">${e(scale.measure === "records" ? mapText.shadeRecords : mapText.shadeUsd)}.</p>
${options.filterNote ? `<p class="filters">${e(options.filterNote)}</p>` : ""}
<div class="panels">${options.panels.map((p) => `<section aria-label="${e(p.title)}"><h2>${e(p.title)}</h2><div class="panel">${links(p.svg)}</div></section>`).join("")}</div>
<ul class="legend">${legend}</ul>
<details><summary>Data table</summary><table><thead><tr>${columns.map((c) => `<th scope="col">${e(c.heading)}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table></details>
<footer><p>${e(mapText.markerNote)}</p><p>Source: Ukraine Defence Cooperation Tracker — every record is quoted from a published article.</p><p><a href="${e(csv)}" target="_blank" rel="noopener">Download CSV</a> · <a href="${e(back)}" target="_blank" rel="noopener">Ukraine Defence Cooperation Tracker</a></p></footer>
</main>`;
  return htmlDocument({
    title: `${mapText.figureTitle} · Ukraine Defence Cooperation Tracker`,
    body,
    css: CSS + MAP_CSS,
    head: `<link rel="canonical" href="${e(back)}"><meta name="robots" content="noindex">`,
  });
}
