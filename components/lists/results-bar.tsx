import { AutoSubmitSelect } from "./auto-submit-select";

/**
 * "Showing 1–25 of 40 deals", the order and page size (fields of the filter form, via form=…), and
 * the CSV export of the whole selection.
 */
export function ResultsBar({
  formId,
  total,
  page,
  per,
  noun,
  sort,
  sortOptions,
  perOptions,
  csvHref,
}: {
  formId: string;
  total: number;
  page: number;
  per: number;
  noun: [singular: string, plural: string];
  sort?: { name: string; value: string };
  sortOptions?: Record<string, string>;
  perOptions: readonly number[];
  csvHref?: string;
}) {
  const first = total === 0 ? 0 : (page - 1) * per + 1;
  const last = Math.min(total, page * per);
  const selectClass =
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
      <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {total === 0 ? (
          <>No {noun[1]} match.</>
        ) : (
          <>
            Showing{" "}
            <strong className="tabular-nums">
              {first}–{last}
            </strong>{" "}
            of <strong className="tabular-nums" data-testid="result-count">{total}</strong> {total === 1 ? noun[0] : noun[1]}
          </>
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {sort && sortOptions ? (
          <label className="flex items-center gap-1.5">
            <span className="text-slate-700 dark:text-slate-300">Sort</span>
            <AutoSubmitSelect form={formId} name={sort.name} defaultValue={sort.value} className={selectClass}>
              {Object.entries(sortOptions).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </AutoSubmitSelect>
          </label>
        ) : null}
        <label className="flex items-center gap-1.5">
          <span className="text-slate-700 dark:text-slate-300">Per page</span>
          <AutoSubmitSelect form={formId} name="per" defaultValue={String(per)} className={selectClass}>
            {perOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </AutoSubmitSelect>
        </label>
        <noscript>
          <button type="submit" form={formId} className="rounded-md border border-slate-300 px-2 py-1 dark:border-slate-700">
            Update
          </button>
        </noscript>
        {csvHref && total > 0 ? (
          <a
            href={csvHref}
            download
            className="inline-flex items-center gap-1 rounded-md border border-slate-300 px-2.5 py-1 font-medium text-slate-800 no-underline hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            <span aria-hidden="true">⤓</span> Download CSV
          </a>
        ) : null}
      </div>
    </div>
  );
}
