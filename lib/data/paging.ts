// Numbered pages for the HTML lists (the API pages with cursors instead).

export interface PageRequest {
  page: number;
  per: number;
}

export interface NumberedPage<T> {
  data: T[];
  /** Rows matching the filters, over all pages. */
  total: number;
  /** The page shown: the requested one, or the last page when the request was past the end. */
  page: number;
  per: number;
  pageCount: number;
}

/** Clamps a requested page to the pages that exist (page 1 when there are no rows). */
export function clampPage(total: number, { page, per }: PageRequest): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / per));
  const current = Math.min(Math.max(1, page), pageCount);
  return { page: current, pageCount, skip: (current - 1) * per };
}

/** Page numbers to offer as links: first, last, and a window around the current page; null = a gap. */
export function pageLinks(page: number, pageCount: number, radius = 1): (number | null)[] {
  const wanted = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push(p - previous === 2 ? p - 1 : null);
    out.push(p);
  });
  return out;
}
