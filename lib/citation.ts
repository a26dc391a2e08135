// Ready-made citations of a page of the tracker, for journalists and researchers: APA (7th edition,
// web page with a retrieval date, because the page changes) and Chicago (17th edition, notes and
// bibliography, website content). Plain text, so they can be copied anywhere.

export const SITE_NAME = "Ukraine Defence Cooperation Tracker";

export interface CitablePage {
  title: string;
  /** The stable address to cite (the permalink). */
  url: string;
  /** ISO timestamp of the last change to the record. */
  updatedAt: string;
  /**
   * The reader's day of access (YYYY-MM-DD or ISO), or null when it is not known — in a page rendered
   * once and served to many readers (the page cache), where the reader fills it in.
   */
  accessedAt: string | null;
}

/** Stands for the day of access where it is not known. */
export const ACCESS_DATE_PLACEHOLDER = "[date of access]";

const accessed = (page: CitablePage) => (page.accessedAt ? longDate(page.accessedAt) : ACCESS_DATE_PLACEHOLDER);

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function dateParts(iso: string) {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return { y: y!, month: MONTHS[m! - 1]!, d: d! };
}

/** "March 5, 2026" — both styles write dates month first. */
export function longDate(iso: string): string {
  const { y, month, d } = dateParts(iso);
  return `${month} ${d}, ${y}`;
}

/** A title ends with a full stop unless it already ends with punctuation. */
function terminated(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

/**
 * APA 7: Group author. (Year, Month Day). Title. Retrieved Month Day, Year, from URL
 * The site is the group author, so it is not repeated as the site name.
 */
export function formatApa(page: CitablePage): string {
  const { y, month, d } = dateParts(page.updatedAt);
  return `${SITE_NAME}. (${y}, ${month} ${d}). ${terminated(page.title)} Retrieved ${accessed(page)}, from ${page.url}`;
}

/** Chicago 17: “Title.” Site. Last modified Month Day, Year. Accessed Month Day, Year. URL. */
export function formatChicago(page: CitablePage): string {
  const title = /[.?!]$/.test(page.title) ? page.title : `${page.title}.`;
  return `“${title}” ${SITE_NAME}. Last modified ${longDate(page.updatedAt)}. Accessed ${accessed(page)}. ${page.url}.`;
}
