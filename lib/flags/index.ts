// Country flags from flag-icons (MIT, SVG, in node_modules: nothing fetched). Served as small cached
// files (/flags/<version>/<code>.svg, app/flags/…) and shown with <img>, so a page that lists thirty
// countries sends thirty URLs, not thirty inline drawings; the browser keeps each file for a year.
import flagList from "flag-icons/country.json";
import flagPackage from "flag-icons/package.json";

/** Part of every flag's URL: a new package version gives new URLs, so old files can be cached forever. */
export const FLAG_VERSION = flagPackage.version;

const codes = new Set(flagList.map((f) => f.code.toUpperCase()));

/** Whether flag-icons has a flag for this ISO alpha-2 code. */
export function hasFlag(code: string | null | undefined): code is string {
  return !!code && codes.has(code.toUpperCase());
}

export function flagUrl(code: string): string {
  return `/flags/${FLAG_VERSION}/${code.toLowerCase()}.svg`;
}
