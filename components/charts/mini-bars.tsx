import { rowTotal, type ChartData } from "@/lib/charts/types";

/** A small stacked bar chart in plain HTML and CSS (no chart library): numbers printed on every row. */
export function MiniBars({ chart }: { chart: ChartData }) {
  const max = Math.max(1, ...chart.rows.map((r) => rowTotal(chart, r)));
  return (
    <div aria-hidden="true" className="space-y-2">
      <ul className="flex flex-wrap gap-3 text-xs text-slate-600 dark:text-slate-400">
        {chart.series.map((s) => (
          <li key={s.key} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      {chart.rows.map((row) => {
        const total = rowTotal(chart, row);
        return (
          <div key={row.key} className="grid grid-cols-[3rem_1fr_2rem] items-center gap-2 text-sm">
            <span className="tabular-nums text-slate-700 dark:text-slate-300">{row.label}</span>
            <span className="flex h-4 overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800" style={{ width: `${(total / max) * 100}%` }}>
              {chart.series.map((s) =>
                row.values[s.key] ? <span key={s.key} style={{ background: s.color, width: `${((row.values[s.key] ?? 0) / total) * 100}%` }} /> : null,
              )}
            </span>
            <span className="text-right tabular-nums">{total}</span>
          </div>
        );
      })}
    </div>
  );
}
