import { describe, expect, it } from "vitest";
import type { ChartData } from "@/lib/charts/types";
import { renderChartEmbed } from "@/lib/embed/chart-embed";
import { renderChartSvg } from "@/lib/embed/chart-svg";

const chart: ChartData = {
  id: "agreements-by-type",
  title: "Agreements by type",
  unit: "Number of agreements",
  categoryLabel: "Type",
  kind: "stacked-bar",
  series: [
    { key: "A", label: "Announced", color: "#2563eb" },
    { key: "B", label: "In talks <draft>", color: "#f59e0b" },
  ],
  rows: [
    { key: "LP", label: "Licensed production", values: { A: 2, B: 3 } },
    { key: "FIN", label: "Financing", values: { A: 1 } },
  ],
  notes: ["Counts each agreement once."],
  list: { href: "/deals", label: "See the deals" },
};

describe("embedded charts", () => {
  it("draws one mark per non-zero value, each titled with its number", () => {
    const svg = renderChartSvg(chart);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain("<title>Licensed production — Announced: 2</title>");
    expect(svg).toContain(">5</text>"); // the row total
  });
  it("escapes labels and shows the table, source line, CSV and a link back", () => {
    const html = renderChartEmbed(chart, { origin: "https://tracker.example", filterNote: "Selection: United Kingdom" });
    expect(html).toContain("In talks &lt;draft&gt;");
    expect(html).not.toContain("<draft>");
    expect(html).toContain('href="https://tracker.example/exports/charts/agreements-by-type.csv"');
    expect(html).toContain('href="https://tracker.example/deals"');
    expect(html).toContain("Source: the tracker");
    expect(html).toContain("<th scope=\"row\">Licensed production</th><td class=\"n\">2</td><td class=\"n\">3</td><td class=\"n\">5</td>");
    expect(html).not.toContain("<script");
  });
  it("says so when a selection leaves nothing to chart", () => {
    expect(renderChartSvg({ ...chart, rows: [] })).toContain("Nothing to chart");
  });
});
