// The embeddable chart (/embed/charts/<id>): the chart as SVG, its legend, its numbers as a table, the
// source line, a CSV of exactly those numbers and a link back to the tracker. No JavaScript.
import { SOURCE_NOTE } from "@/lib/charts/overview";
import { chartTable, type ChartData } from "@/lib/charts/types";
import { renderChartSvg } from "./chart-svg";
import { escapeHtml as e, htmlDocument } from "./html";

const CSS = `
.chart{max-width:720px;margin:0 auto;padding:12px 14px;border:1px solid var(--line);border-radius:10px}
.top{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--muted);flex-wrap:wrap}
h1{font-size:17px;margin:6px 0 2px}.unit,.filters{font-size:12px;color:var(--muted);margin:0 0 6px}
svg text{fill:var(--fg);font-size:12px}svg .num{fill:var(--muted)}svg .axis{stroke:var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;margin:6px 0;padding:0;list-style:none;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;font-size:12px;margin-top:6px}th,td{border-bottom:1px solid var(--line);padding:2px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
footer{font-size:12px;color:var(--muted);margin-top:8px}footer p{margin:2px 0}.empty{color:var(--muted)}`;

export function renderChartEmbed(chart: ChartData, options: { origin: string; filterNote: string | null }): string {
  const back = `${options.origin}/`;
  const records = `${options.origin}${chart.list.href}`;
  const csv = `${options.origin}/exports/charts/${chart.id}.csv`;
  const table = chartTable(chart);
  const legend =
    chart.series.length > 1
      ? `<ul class="legend">${chart.series.map((s) => `<li><i style="background:${e(s.color)}"></i>${e(s.label)}</li>`).join("")}</ul>`
      : "";
  const body = `<main><figure class="chart" style="margin:0 auto">
<div class="top"><span>Ukraine Defence Cooperation Tracker</span><a href="${e(back)}" target="_blank" rel="noopener">Open in the tracker →</a></div>
<h1 id="chart-title">${e(chart.title)}</h1>
<p class="unit">${e(chart.unit)}</p>
${options.filterNote ? `<p class="filters">${e(options.filterNote)}</p>` : ""}
${legend}${renderChartSvg(chart)}
<details><summary>Data table</summary><table><thead><tr>${table.header.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead><tbody>${table.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(String(c))}</th>` : `<td class="n">${c}</td>`)).join("")}</tr>`)
    .join("")}</tbody></table></details>
<footer>${chart.notes.map((n) => `<p>${e(n)}</p>`).join("")}<p>${e(SOURCE_NOTE)}</p><p><a href="${e(csv)}" target="_blank" rel="noopener">Download CSV</a> · <a href="${e(records)}" target="_blank" rel="noopener">${e(chart.list.label)}</a> · <a href="${e(back)}" target="_blank" rel="noopener">Ukraine Defence Cooperation Tracker</a></p></footer>
</figure></main>`;
  return htmlDocument({ title: `${chart.title} · Ukraine Defence Cooperation Tracker`, body, css: CSS, head: `<link rel="canonical" href="${e(back)}"><meta name="robots" content="noindex">` });
}
