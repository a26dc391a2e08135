// Runs before every route but Next's static files. It sets what depends on the request:
// - a fresh CSP nonce for every page render (Next puts it on its own scripts), and the page's CSP;
// - HSTS when SITE_URL is https;
// - for public pages, the HTTP caching rule every cache follows (ours, nginx, a CDN, the browser):
//   `Cache-Control: no-cache` (keep it, but ask before each reuse) with an ETag naming the build and
//   the database's data version; a matching If-None-Match is answered 304 here, before rendering;
// - the admin shortcut: /admin without a session cookie goes straight to the sign-in page. Every
//   admin page and action still checks the session and role itself (lib/auth).
// See docs/decisions/072-http-page-cache.md and 071-security-headers-and-csp.md.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { dataVersion } from "@/lib/data/data-version";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isPublicPageRequest, pageEtag, PUBLIC_PAGE_CACHE_CONTROL, etagMatches } from "@/lib/http/cache-policy";
import { createNonce, EMBED_CSP, pageCsp, RESOURCE_CSP, strictTransportSecurity } from "@/lib/http/security";

const hsts = strictTransportSecurity(env.SITE_URL);

/** Route handlers that send no HTML with scripts (API, downloads, feeds, images, robots, sitemap): no nonce. */
function isResource(pathname: string): boolean {
  return /^\/(api|exports)\//.test(pathname) || /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith("/opengraph-image");
}

function withSecurity(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    // Server actions are let through: they check the session themselves and answer with a refusal the
    // form can show, which a redirect would hide.
    if (pathname !== "/admin/sign-in" && !request.headers.has("next-action") && !getSessionCookie(request)) {
      const url = request.nextUrl.clone();
      url.pathname = "/admin/sign-in";
      url.search = `?next=${encodeURIComponent(pathname + search)}`;
      return withSecurity(NextResponse.redirect(url), RESOURCE_CSP);
    }
  }

  let etag: string | undefined;
  if (isPublicPageRequest(request.method, pathname, request.headers, search)) {
    // Without the version (database unreachable) the answer gets no validator: no cache keeps it.
    const version = await dataVersion(prisma).catch(() => undefined);
    etag = version === undefined ? undefined : pageEtag(version);
    if (etag && etagMatches(request.headers.get("if-none-match"), etag)) {
      // A 304 carries validators only: the stored copy keeps the CSP (and nonce) it was sent with.
      return new NextResponse(null, { status: 304, headers: { ETag: etag, "Cache-Control": PUBLIC_PAGE_CACHE_CONTROL, Vary: "Accept-Encoding" } });
    }
  }

  let response: NextResponse;
  if (pathname.startsWith("/embed/")) response = withSecurity(NextResponse.next(), EMBED_CSP);
  else if (isResource(pathname)) response = withSecurity(NextResponse.next(), RESOURCE_CSP);
  else {
    const nonce = createNonce();
    const csp = pageCsp(nonce, { development: env.NODE_ENV === "development" });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = withSecurity(NextResponse.next({ request: { headers: requestHeaders } }), csp);
  }
  if (etag) {
    response.headers.set("ETag", etag);
    response.headers.set("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
