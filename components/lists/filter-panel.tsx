import Form from "next/form";
import Link from "next/link";
import type { ActiveFilter } from "@/lib/lists/active";
import type { ParamIssue } from "@/lib/lists/params";

/**
 * The filters of a list as one GET form: submitting it puts every filter in the URL, so a filtered list
 * can be shared, reloaded and left with the back button. next/form navigates without a full reload
 * when JavaScript is on; without it the browser submits the form itself.
 */
export function FilterPanel({
  id,
  action,
  clearHref,
  activeCount,
  foldedActive = 0,
  search,
  children,
}: {
  id: string;
  action: string;
  clearHref: string;
  activeCount: number;
  /** How many of the folded-away filters are in force (said on the fold's label). */
  foldedActive?: number;
  /** The search field: always in view, also on phones. */
  search: React.ReactNode;
  /** The other fields: folded away on phones, always open on wide screens. */
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 dark:border-slate-800 dark:bg-slate-900/40">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          Filters
        </h2>
        {activeCount > 0 ? (
          <Link prefetch={false} href={clearHref} className="text-sm text-accent-600 underline dark:text-sky-400">
            Clear all
          </Link>
        ) : null}
      </div>
      <Form id={id} action={action} className="space-y-3">
        {search}
        <details className="group/more space-y-3 lg:[&::details-content]:[content-visibility:visible]">
          <summary className="flex cursor-pointer items-center justify-between rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium dark:border-slate-700 dark:bg-slate-900 lg:supports-[selector(::details-content)]:hidden">
            More filters{foldedActive > 0 ? ` (${foldedActive} active)` : ""}
            <span aria-hidden="true" className="text-slate-500 transition group-open/more:rotate-180">
              ▾
            </span>
          </summary>
          <div className="mt-3 space-y-3 lg:mt-0">{children}</div>
        </details>
        <button
          type="submit"
          className="w-full rounded-md bg-accent-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-accent-700 dark:bg-sky-700 dark:hover:bg-sky-800"
        >
          Apply filters
        </button>
      </Form>
    </section>
  );
}

/** Parameters that were dropped because their value was not valid, with the reason. */
export function ParamIssues({ issues }: { issues: ParamIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-medium">Some filters in the address were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={issue.param}>
            <code>{issue.param}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The filters in force, each with a link that removes it. */
export function ActiveFilters({ filters }: { filters: ActiveFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {filters.map((f) => (
        <li key={`${f.param}-${f.label}`}>
          <Link prefetch={false}
            href={f.removeHref}
            className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs text-slate-800 no-underline hover:border-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
          >
            {f.label}
            <span aria-hidden="true">×</span>
            <span className="sr-only">(remove this filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
