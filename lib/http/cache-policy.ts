// The HTTP caching rule of public pages (and of everything else rendered from the URL and the
// database alone: embeds, share images, robots.txt, the sitemap), the same for every cache between us and the reader (the
// production server's own, nginx, a CDN, the browser): `Cache-Control: no-cache` — a cache may keep
// the page but must ask before each reuse — and a weak ETag naming the build and the database's data
// version (bumped by triggers on every write, even hand-written SQL). Asking costs one version read
// and a 304; an edit on any instance changes the version that every instance reads, so no cache can
// serve a page from before it. Pages that are not public (admin, sign-in) keep Next's
// `private, no-store`. See docs/decisions/072-http-page-cache.md.

export const PUBLIC_PAGE_CACHE_CONTROL = "no-cache";

/** Identifies this build, so a deploy never answers 304 for a page rendered by the previous one. */
const buildId = process.env.TRACKER_BUILD_ID ?? "dev";

export function pageEtag(version: string): string {
  return `W/"v-${buildId}-${version}"`;
}

/** If-None-Match uses the weak comparison: W/"x" matches "x". */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** Request headers of Next's client-side navigation and prefetches: those answers are not documents. */
const NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/**
 * Whether the answer is public and a function of the URL and the data version alone, so it carries
 * the versioned ETag: GET/HEAD outside /admin and sign-in, not the API, downloads or feeds (they hash
 * their own bytes: lib/api, lib/feeds), not flag images (versioned URLs, cached for a year: lib/flags),
 * not a client navigation or server action.
 */
export function isPublicPageRequest(method: string, pathname: string, headers: Headers, search = ""): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/") || pathname.startsWith("/exports/") || pathname.endsWith("/feed.xml")) return false;
  if (pathname.startsWith("/flags/")) return false;
  if (NAVIGATION_HEADERS.some((h) => headers.has(h)) || /[?&]_rsc=/.test(search)) return false;
  return true;
}
