import Link from "next/link";
import { Suspense } from "react";
import { HeaderSearch } from "./header-search";
import { NavLink } from "./nav-link";
import { NavigationProgress } from "./navigation-progress";

/** The main sections of the site. */
export const navItems = [
  { href: "/", label: "Overview" },
  { href: "/deals", label: "Deals" },
  { href: "/pledges", label: "Pledges" },
  { href: "/actors", label: "Actors" },
  { href: "/relationships", label: "Relationships" },
  { href: "/map", label: "Map" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/api", label: "Data API" },
] as const;

const navLinkClass =
  "block rounded px-2.5 py-2 text-slate-700 no-underline hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 pt-3">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight no-underline">
          <span aria-hidden="true" className="inline-flex h-6 w-6 flex-col overflow-hidden rounded-sm">
            <span className="h-1/2 bg-accent-600" />
            <span className="h-1/2 bg-flag-yellow" />
          </span>
          <span>Ukraine Defence Cooperation Tracker</span>
        </Link>
        <HeaderSearch />
      </div>
      <nav aria-label="Main" className="mx-auto max-w-6xl overflow-x-auto px-2">
        <ul className="flex gap-1 whitespace-nowrap py-1.5 text-sm">
          {navItems.map((item) => (
            <li key={item.href}>
              {item.href.startsWith("/api/") ? (
                // The JSON API is not a page: a plain link, never prefetched as one.
                <a href={item.href} className={navLinkClass}>
                  {item.label}
                </a>
              ) : (
                <NavLink href={item.href} className={navLinkClass}>
                  {item.label}
                </NavLink>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
