// The network's and the map's filters: a plain GET form, so they sit in the URL, survive a reload
// and work without JavaScript.
import Link from "next/link";
import { labelOf } from "@/lib/format";
import { EQUIPMENT_CATEGORIES } from "@/lib/relationships/filters";
import type { GraphFilters } from "@/lib/relationships/graph";
import { EDGE_KINDS, STATUS_PHASES, edgeKindInfo, edgeKindSwatch, statusPhaseInfo } from "@/lib/relationships/kinds";

const box = "h-4 w-4 rounded border-slate-400 accent-accent-600";
const fieldset = "min-w-0 space-y-1.5";
const legend = "mb-1.5 text-sm font-semibold";

interface Props {
  filters: GraphFilters;
  years: number[];
  /** The page the form reloads: /relationships (default) or /map. */
  action?: string;
  /** The form's accessible name. */
  label?: string;
  /** The "companies and organisations on their own" box (the network only). */
  organisations?: boolean;
  /** Parameters that are not filters but belong to the view (the map's shading), kept on submit. */
  keep?: Record<string, string>;
}

export function GraphFiltersForm({ filters, years, action = "/relationships", label = "Filter the network", organisations = true, keep = {} }: Props) {
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className="grid gap-5 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-[1.2fr_0.9fr_1.3fr_0.9fr] dark:border-slate-800 dark:bg-slate-900"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className={fieldset}>
        <legend className={legend}>Kind of tie</legend>
        {EDGE_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm" title={edgeKindInfo[kind].description}>
            <input type="checkbox" name="type" value={kind} defaultChecked={filters.kinds.includes(kind)} className={`${box} mt-0.5`} />
            <span aria-hidden="true" className={`mt-1.5 inline-block h-1.5 w-5 shrink-0 rounded-full ${edgeKindSwatch[kind]}`} />
            <span>{edgeKindInfo[kind].label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Status</legend>
        {STATUS_PHASES.map((phase) => (
          <label key={phase} className="flex items-start gap-2 text-sm" title={statusPhaseInfo[phase].description}>
            <input type="checkbox" name="status" value={phase} defaultChecked={filters.phases.includes(phase)} className={`${box} mt-0.5`} />
            <span>{statusPhaseInfo[phase].label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Equipment</legend>
        <div className="grid grid-cols-2 gap-x-3 gap-y-1.5">
          {EQUIPMENT_CATEGORIES.map((category) => (
            <label key={category} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="category" value={category} defaultChecked={filters.categories.includes(category)} className={`${box} mt-0.5`} />
              <span>{labelOf(category)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-3">
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className={legend}>Years</legend>
          <label className="text-sm">
            <span className="block text-slate-700 dark:text-slate-300">From</span>
            <select
              name="from"
              defaultValue={filters.from ?? ""}
              className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
            >
              <option value="">Any year</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block text-slate-700 dark:text-slate-300">To</span>
            <select
              name="to"
              defaultValue={filters.to ?? ""}
              className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
            >
              <option value="">Any year</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {organisations ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="orgs" value="1" defaultChecked={filters.includeOrganisations} className={`${box} mt-0.5`} />
            <span>Show companies and organisations on their own</span>
          </label>
        ) : null}
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <button type="submit" className="rounded bg-accent-600 px-4 py-2 text-sm font-medium text-white hover:bg-accent-700">
            Apply filters
          </button>
          <Link href={action} className="text-sm text-accent-600 underline dark:text-sky-400">
            Reset
          </Link>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Nothing ticked in a group means all of it. A year range leaves out undated records, and an equipment choice records of no stated
          equipment.
        </p>
      </div>
    </form>
  );
}
