/** A list page: title and introduction, the filters beside the results (above them on phones). */
export function ListLayout({ title, intro, filters, children }: { title: string; intro: React.ReactNode; filters: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div>{filters}</div>
        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          {children}
        </section>
      </div>
    </div>
  );
}
