// The request target, normalised once at the front door so that every rule after it (limits, the
// page cache's key, what Next renders) sees the same path: an absolute-form target
// ("GET http://host/api/v1/x") becomes "/api/v1/x"; dot segments are resolved; percent-encoding is
// decoded for matching and re-encoded one canonical way for the key and the origin; repeated slashes
// collapse; the query is re-serialised with its parameters in a stable order.

export interface RequestTarget {
  /** Decoded path, for matching rules ("/api/v1/agreements.csv" however it was spelled). */
  pathname: string;
  /** Canonical origin-form target, forwarded to the app and used as the cache key: path + "?" + query. */
  url: string;
  /** Length of the query as received; the cache refuses long ones. */
  queryLength: number;
}

/** Characters left as they are in a path segment (RFC 3986 pchar), so canonical URLs stay readable. */
const encodeSegment = (segment: string) => encodeURIComponent(segment).replace(/%(3A|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (m) => decodeURIComponent(m));

/** The normalised target, or null when it cannot be a resource of ours (malformed encoding, "*", another scheme). */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw) return null;
  let url: URL;
  try {
    if (raw.startsWith("/")) url = new URL(`http://origin${raw}`);
    else if (/^https?:\/\//i.test(raw)) url = new URL(raw);
    else return null;
  } catch {
    return null;
  }
  const segments: string[] = [];
  for (const segment of url.pathname.split("/")) {
    if (segment === "") continue;
    try {
      segments.push(decodeURIComponent(segment));
    } catch {
      return null; // "%" or "%zz": not a path we can serve
    }
  }
  const trailing = url.pathname.length > 1 && url.pathname.endsWith("/") ? "/" : "";
  const pathname = `/${segments.join("/")}${segments.length ? trailing : ""}`;
  const path = `/${segments.map(encodeSegment).join("/")}${segments.length ? trailing : ""}`;
  const rawQuery = url.search.slice(1);
  let query = "";
  if (rawQuery) {
    const params = [...new URLSearchParams(rawQuery)];
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // stable: repeated keys keep their order
    query = new URLSearchParams(params).toString();
  }
  return { pathname, url: query ? `${path}?${query}` : path, queryLength: rawQuery.length };
}
