// Real status codes for deal pages. The app streams its pages (app/loading.tsx), so by the time a
// page finds out a deal is unknown or renamed, a 200 has already been sent. Here, before rendering,
// one lookup decides: a former slug gets a permanent redirect (308) to the current one, an unknown
// slug a 404 (the page then renders its not-found UI), anything else goes through untouched.
// The lookup goes through the app's own endpoint, not the database: the proxy shares no modules or
// connections with the render code (the embedded database has a single owner).
import { NextResponse, type NextRequest } from "next/server";

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.split("/")[2] ?? "";
  if (!SLUG.test(slug)) return NextResponse.next({ status: 404 });
  let response: Response;
  try {
    response = await fetch(new URL(`/api/v1/agreements/${slug}/resolve`, request.nextUrl.origin), { cache: "no-store" });
  } catch {
    return NextResponse.next(); // the page reports the trouble itself
  }
  if (response.status === 404) return NextResponse.next({ status: 404 });
  if (!response.ok) return NextResponse.next();
  const { data } = (await response.json()) as { data: { slug: string } };
  if (data.slug === slug) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/deals/${data.slug}`;
  return NextResponse.redirect(target, 308);
}

export const config = { matcher: "/deals/:slug" };
