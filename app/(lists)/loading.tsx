/** Skeleton of a list page: title, filters beside the results. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading…</span>
      <div className="h-9 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-5 w-full max-w-2xl animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div className="h-72 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="space-y-4">
          <div className="h-8 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-28 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
      </div>
    </div>
  );
}
