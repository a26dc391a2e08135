// A chart drawn as plain SVG on the server, for embeds (no JavaScript, no chart library): horizontal
// stacked bars for bar charts, lines for time series. Every mark has a <title> with its number.
import type { ChartData } from "@/lib/charts/types";
import { rowTotal } from "@/lib/charts/types";
import { escapeHtml as e } from "./html";

const WIDTH = 640;
const LABEL_W = 170;
const BAR_H = 22;
const GAP = 8;

export function renderChartSvg(chart: ChartData): string {
  if (chart.rows.length === 0) return `<p class="empty">Nothing to chart for this selection.</p>`;
  return chart.kind === "line" ? lineChart(chart) : barChart(chart);
}

function barChart(chart: ChartData): string {
  const max = Math.max(1, ...chart.rows.map((r) => rowTotal(chart, r)));
  const plotW = WIDTH - LABEL_W - 50;
  const height = chart.rows.length * (BAR_H + GAP) + GAP;
  const bars = chart.rows
    .map((row, i) => {
      const y = GAP + i * (BAR_H + GAP);
      let x = LABEL_W;
      const segments = chart.series
        .map((s) => {
          const value = row.values[s.key] ?? 0;
          if (value === 0) return "";
          const w = (value / max) * plotW;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${e(s.color)}"><title>${e(`${row.label} — ${s.label}: ${value}`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      const total = rowTotal(chart, row);
      return `<text x="${LABEL_W - 8}" y="${y + BAR_H / 2}" text-anchor="end" dominant-baseline="middle" class="lbl">${e(truncate(row.label, 26))}</text>${segments}<text x="${(x + 6).toFixed(1)}" y="${y + BAR_H / 2}" dominant-baseline="middle" class="num">${total}</text>`;
    })
    .join("");
  return svg(height, bars, chart);
}

function lineChart(chart: ChartData): string {
  const height = 240;
  const left = 40;
  const bottom = height - 30;
  const plotW = WIDTH - left - 10;
  const max = Math.max(1, ...chart.rows.flatMap((r) => chart.series.map((s) => r.values[s.key] ?? 0)));
  const step = chart.rows.length > 1 ? plotW / (chart.rows.length - 1) : 0;
  const xOf = (i: number) => left + i * step;
  const yOf = (v: number) => bottom - (v / max) * (bottom - 10);
  const lines = chart.series
    .map((s) => {
      const points = chart.rows.map((r, i) => `${xOf(i).toFixed(1)},${yOf(r.values[s.key] ?? 0).toFixed(1)}`).join(" ");
      const dots = chart.rows
        .map((r, i) => `<circle cx="${xOf(i).toFixed(1)}" cy="${yOf(r.values[s.key] ?? 0).toFixed(1)}" r="3" fill="${e(s.color)}"><title>${e(`${r.label} — ${s.label}: ${r.values[s.key] ?? 0}`)}</title></circle>`)
        .join("");
      return `<polyline points="${points}" fill="none" stroke="${e(s.color)}" stroke-width="2"/>${dots}`;
    })
    .join("");
  const every = Math.max(1, Math.ceil(chart.rows.length / 8));
  const ticks = chart.rows
    .map((r, i) => (i % every === 0 ? `<text x="${xOf(i).toFixed(1)}" y="${bottom + 18}" text-anchor="middle" class="lbl">${e(r.label)}</text>` : ""))
    .join("");
  const axis = `<line x1="${left}" y1="${bottom}" x2="${WIDTH - 10}" y2="${bottom}" class="axis"/><text x="${left - 6}" y="${yOf(max)}" text-anchor="end" dominant-baseline="middle" class="num">${max}</text><text x="${left - 6}" y="${bottom}" text-anchor="end" class="num">0</text>`;
  return svg(height, axis + lines + ticks, chart);
}

function svg(height: number, content: string, chart: ChartData): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="chart-title" preserveAspectRatio="xMinYMin meet" data-chart="${e(chart.id)}">${content}</svg>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
