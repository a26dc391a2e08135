import Link from "next/link";

/** Routes that exist today; the dashboard issue adds deals, pledges, actors, timeline and sources. */
export const navItems = [
  { href: "/", label: "Overview" },
  { href: "/api", label: "Data API" },
  { href: "/relationships", label: "Relationships" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight no-underline">
          <span aria-hidden="true" className="inline-flex h-6 w-6 flex-col overflow-hidden rounded-sm">
            <span className="h-1/2 bg-accent-600" />
            <span className="h-1/2 bg-flag-yellow" />
          </span>
          <span>Ukraine Defence Cooperation Tracker</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-3 py-2 text-slate-700 no-underline hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
