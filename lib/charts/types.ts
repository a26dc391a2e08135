// One shape for a chart, its data table and its CSV, so that the three always show the same numbers.

export interface ChartSeries {
  key: string;
  label: string;
  /** A colour that reads on white and on the dark background. */
  color: string;
}

export interface ChartRow {
  /** Stable key of the category (a country code, an enum value, "2023-Q1"). */
  key: string;
  label: string;
  /** The filtered list behind the whole row. */
  href?: string;
  /** One number per series key. */
  values: Record<string, number>;
  /** The filtered list behind one cell, per series key. */
  cellHrefs?: Record<string, string>;
}

export interface ChartData {
  /** URL-safe id: the CSV is /exports/charts/<id>.csv. */
  id: string;
  title: string;
  /** What the numbers count, e.g. "Number of pledges". */
  unit: string;
  /** Heading of the category column, e.g. "Donor country". */
  categoryLabel: string;
  kind: "bar" | "stacked-bar" | "line";
  series: ChartSeries[];
  rows: ChartRow[];
  /** What the chart leaves out and why (e.g. records dated only to a year). */
  notes: string[];
  /** The list that holds every record the chart counts. */
  list: { href: string; label: string };
}

export interface ChartTable {
  header: string[];
  rows: (string | number)[][];
}

/** The chart as a table: category, one column per series, and a total when there are several series. */
export function chartTable(chart: ChartData): ChartTable {
  const withTotal = chart.series.length > 1;
  const header = [chart.categoryLabel, ...chart.series.map((s) => s.label), ...(withTotal ? ["Total"] : [])];
  const rows = chart.rows.map((row) => {
    const values = chart.series.map((s) => row.values[s.key] ?? 0);
    return [row.label, ...values, ...(withTotal ? [values.reduce((a, b) => a + b, 0)] : [])];
  });
  return { header, rows };
}

export function rowTotal(chart: ChartData, row: ChartRow): number {
  return chart.series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
}

/** Status colours: the same hue family as the status badges, distinguishable in both themes. */
export const statusColors: Record<string, string> = {
  RUMOURED: "#8b5cf6",
  IN_TALKS: "#f59e0b",
  UNDER_DISCUSSION: "#f59e0b",
  ANNOUNCED: "#60a5fa",
  PLEDGED: "#2563eb",
  SIGNED: "#1d4ed8",
  IN_PROGRESS: "#10b981",
  PARTIALLY_DELIVERED: "#34d399",
  COMPLETED: "#059669",
  DELIVERED: "#059669",
  STALLED: "#f87171",
  CANCELLED: "#dc2626",
  REFUSED: "#dc2626",
};

export const palette = ["#2563eb", "#f59e0b", "#10b981", "#8b5cf6", "#ef4444", "#06b6d4", "#84cc16", "#ec4899", "#64748b", "#a16207"];
