import Form from "next/form";

/** The global search: a GET form to /search, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <Form action="/search" role="search" aria-label="Site" className="flex w-full min-w-0 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        Search actors, deals, pledges and events
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        required
        maxLength={200}
        placeholder="Search: Britain, DCI, artillery…"
        className="min-w-0 flex-1 rounded-l-md border border-r-0 border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 sm:w-64 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button type="submit" className="rounded-r-md bg-accent-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-700 dark:bg-sky-700 dark:hover:bg-sky-800">
        Search
      </button>
    </Form>
  );
}
