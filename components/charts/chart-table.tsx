import Link from "next/link";
import { chartTable, type ChartData } from "@/lib/charts/types";

/** The chart's numbers as a table (server HTML): each row and cell links to the list it counts. */
export function ChartTable({ chart }: { chart: ChartData }) {
  const table = chartTable(chart);
  const withTotal = chart.series.length > 1;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-chart-table={chart.id}>
        <caption className="sr-only">
          {chart.title} — {chart.unit}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {table.header.map((h, i) => (
              <th key={h} scope="col" className={`py-1.5 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, r) => (
            <tr key={row.key} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {row.href ? (
                  <Link prefetch={false} href={row.href} className="underline decoration-slate-400 hover:decoration-2">
                    {row.label}
                  </Link>
                ) : (
                  row.label
                )}
              </th>
              {chart.series.map((s, i) => {
                const value = table.rows[r]![i + 1]!;
                const href = row.cellHrefs?.[s.key];
                return (
                  <td key={s.key} className="py-1.5 pr-3 text-right tabular-nums">
                    {href && value !== 0 ? (
                      <Link prefetch={false} href={href} className="underline decoration-slate-400 hover:decoration-2">
                        {value}
                      </Link>
                    ) : (
                      value
                    )}
                  </td>
                );
              })}
              {withTotal ? <td className="py-1.5 pr-3 text-right font-medium tabular-nums">{table.rows[r]!.at(-1)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
