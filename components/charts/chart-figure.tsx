import Link from "next/link";
import { SOURCE_NOTE } from "@/lib/charts/overview";
import type { ChartData } from "@/lib/charts/types";
import { ChartTable } from "./chart-table";

/**
 * A chart with everything that makes it checkable: title and unit, the drawing (a client component
 * passed in), notes on what it leaves out, its source, its numbers as a table, a CSV of exactly those
 * numbers and a link to the list it counts.
 */
export function ChartFigure({ chart, children, tableOpen = true }: { chart: ChartData; children: React.ReactNode; tableOpen?: boolean }) {
  const headingId = `chart-${chart.id}`;
  const table = <ChartTable chart={chart} />;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <header className="mb-2">
        <h3 id={headingId} className="font-semibold">
          {chart.title}
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">{chart.unit}</p>
      </header>
      {chart.rows.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-600 dark:text-slate-400">Nothing to chart yet.</p>
      ) : (
        <>
          {children}
          {tableOpen ? (
            <div className="mt-3">{table}</div>
          ) : (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-accent-600 dark:text-sky-400">Data table ({chart.rows.length} {chart.rows.length === 1 ? "row" : "rows"})</summary>
              <div className="mt-2">{table}</div>
            </details>
          )}
        </>
      )}
      <footer className="mt-auto space-y-1 pt-3 text-xs text-slate-600 dark:text-slate-400">
        {chart.notes.map((n) => (
          <p key={n}>{n}</p>
        ))}
        <p>{SOURCE_NOTE}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-sm">
          <a href={`/exports/charts/${chart.id}.csv`} download className="font-medium text-accent-600 underline dark:text-sky-400">
            Download CSV<span className="sr-only"> of {chart.title}</span>
          </a>
          <Link prefetch={false} href={chart.list.href} className="font-medium text-accent-600 underline dark:text-sky-400">
            {chart.list.label}
            <span className="sr-only"> ({chart.title})</span>
          </Link>
        </p>
      </footer>
    </section>
  );
}
