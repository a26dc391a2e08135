// A section of a pair page (agreements, pledges or events): its heading and list, and — when the pair
// has more records than one page holds — "Showing 51–100 of 2,280 pledges" and numbered page links.
import type { ReactNode } from "react";
import { Pagination } from "@/components/lists/pagination";
import type { NumberedPage } from "@/lib/data/paging";
import { formatCount } from "@/lib/format";


export function PairSection<T>({
  id,
  title,
  noun,
  page,
  hrefFor,
  children,
}: {
  id: string;
  title: string;
  noun: [singular: string, plural: string];
  page: NumberedPage<T>;
  /** The address of another page of this section. */
  hrefFor: (page: number) => string;
  children: ReactNode;
}) {
  if (page.total === 0) return null;
  const paged = page.pageCount > 1;
  const first = (page.page - 1) * page.per + 1;
  const last = first + page.data.length - 1;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="scroll-mt-4 text-xl font-semibold">
        {title}
      </h2>
      {paged ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid={`${id}-range`}>
          Showing{" "}
          <strong className="tabular-nums">
            {formatCount(first)}–{formatCount(last)}
          </strong>{" "}
          of <strong className="tabular-nums">{formatCount(page.total)}</strong> {page.total === 1 ? noun[0] : noun[1]}, oldest first
        </p>
      ) : null}
      {children}
      {paged ? <Pagination page={page.page} pageCount={page.pageCount} hrefFor={hrefFor} /> : null}
    </section>
  );
}
