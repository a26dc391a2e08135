import Link from "next/link";

/** An unknown deal: a real 404 with a way to find what the reader wanted. */
export default function DealNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-12">
      <h1 className="text-2xl font-semibold">Deal not found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        No deal has this address. It may have been mistyped, or the record may have been removed. Search the tracker or browse all deals.
      </p>
      <form action="/search" method="get" role="search" className="flex flex-wrap gap-2">
        <label htmlFor="deal-search" className="sr-only">
          Search the tracker
        </label>
        <input
          id="deal-search"
          name="q"
          type="search"
          placeholder="e.g. licensed production, Babcock, artillery"
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
          Search
        </button>
      </form>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/deals" className="font-medium text-accent-600 underline dark:text-sky-400">
            All deals
          </Link>
        </li>
        <li>
          <Link href="/" className="font-medium text-accent-600 underline dark:text-sky-400">
            Overview
          </Link>
        </li>
      </ul>
    </div>
  );
}
