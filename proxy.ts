// A shortcut only: /admin without a session cookie goes straight to the sign-in page. Every admin
// page and action still checks the session and role itself (lib/auth).
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Server actions are let through: they check the session themselves and answer with a refusal the
  // form can show, which a redirect would hide.
  if (pathname === "/admin/sign-in" || request.headers.has("next-action") || getSessionCookie(request)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/admin/sign-in";
  url.search = `?next=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
