import Link from "next/link";
import { pageLinks } from "@/lib/data/paging";

const base = "inline-flex min-w-9 items-center justify-center rounded-md border px-2.5 py-1.5 text-sm no-underline";
const idle = `${base} border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800`;

/** Numbered page links; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-1.5">
      {page > 1 ? (
        <Link prefetch={false} href={hrefFor(page - 1)} rel="prev" className={idle}>
          ← Previous
        </Link>
      ) : null}
      {pageLinks(page, pageCount).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={`${base} border-accent-600 bg-accent-600 font-semibold text-white dark:border-sky-500 dark:bg-sky-700`}>
            <span className="sr-only">Page </span>
            {p}
          </span>
        ) : (
          <Link key={p} prefetch={false} href={hrefFor(p)} className={idle}>
            <span className="sr-only">Page </span>
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link prefetch={false} href={hrefFor(page + 1)} rel="next" className={idle}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
