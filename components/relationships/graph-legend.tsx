import { EDGE_KINDS, edgeKindInfo, edgeKindSwatch } from "@/lib/relationships/kinds";

/** What colours, widths and sizes mean; the text carries the meaning, colour only repeats it. */
export function GraphLegend({ showOrganisations }: { showOrganisations: boolean }) {
  return (
    <div className="space-y-3 text-sm">
      <h3 className="font-semibold">How to read it</h3>
      <ul className="space-y-1.5">
        {EDGE_KINDS.map((kind) => (
          <li key={kind} className="flex items-start gap-2">
            <span aria-hidden="true" className={`mt-2 inline-block h-1.5 w-6 shrink-0 rounded-full ${edgeKindSwatch[kind]}`} />
            <span>
              <span className="font-medium">{edgeKindInfo[kind].label}</span>
              <span className="text-slate-600 dark:text-slate-400"> — {edgeKindInfo[kind].description.toLowerCase()}</span>
            </span>
          </li>
        ))}
      </ul>
      <ul className="space-y-1.5 text-slate-700 dark:text-slate-300">
        <li className="flex items-start gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 12" className="mt-1 h-3 w-6 shrink-0">
            <circle cx="4" cy="6" r="3" className="fill-slate-700 dark:fill-slate-300" />
            <circle cx="16" cy="6" r="6" className="fill-slate-700 dark:fill-slate-300" />
          </svg>
          <span>A circle’s size: how many agreements and pledges the country takes part in.</span>
        </li>
        {showOrganisations ? (
          <li className="flex items-start gap-2">
            <svg aria-hidden="true" viewBox="0 0 24 12" className="mt-1 h-3 w-6 shrink-0">
              <circle cx="6" cy="6" r="4.5" strokeWidth="2" className="fill-white stroke-slate-700 dark:fill-slate-900 dark:stroke-slate-300" />
            </svg>
            <span>Hollow circles: companies and organisations.</span>
          </li>
        ) : null}
        <li className="flex items-start gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 12" className="mt-1 h-3 w-6 shrink-0">
            <line x1="0" y1="3" x2="24" y2="3" strokeWidth="1" className="stroke-slate-500" />
            <line x1="0" y1="9" x2="24" y2="9" strokeWidth="4" className="stroke-slate-500" />
          </svg>
          <span>A line’s width: the number of agreements and pledges between the two, plus their known value (log scale); one strand per kind.</span>
        </li>
      </ul>
    </div>
  );
}
