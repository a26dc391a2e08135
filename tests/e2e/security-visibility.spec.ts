// The visibility rule from outside: draft and trashed records (tests/e2e/fixtures/hidden-records.ts),
// linked from published records through every kind of relation, never appear in any public output. The
// test crawls the site as a visitor would — every page reachable from the sitemap and the lists, the
// API's lists (every page) and details, the bulk exports and list CSVs, feeds, search, embeds, chart
// CSVs and share images — and looks for the hidden records' slugs, titles, names and quotes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { HIDDEN, HIDDEN_STRINGS } from "./fixtures/hidden";

test.describe.configure({ timeout: 600_000 });

/** Links worth following: the site's own pages, without admin, sign-in or Next's assets. */
function followable(href: string, base: URL): URL | null {
  let url: URL;
  try {
    url = new URL(href.replaceAll("&amp;", "&"), base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  if (/^\/(admin|api\/auth|_next)(\/|$)/.test(url.pathname)) return null;
  // Filter links multiply the pages without reaching other records; paging, search and the network's options do not.
  const allowed = new Set(["page", "per", "q", "orgs", "agreements-page", "pledges-page", "events-page"]);
  if ([...url.searchParams.keys()].some((k) => !allowed.has(k))) return null;
  url.hash = "";
  return url;
}

/** Addresses in a page, a feed or the sitemap (absolute or rooted only: meta `content` holds other text too). */
const linksIn = (body: string) =>
  [...body.matchAll(/(?:href|src|content)="([^"]+)"/g), ...body.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => m[1]!)
    .filter((h) => h.startsWith("/") || h.startsWith("http"));

async function crawl(request: APIRequestContext, base: URL, seeds: string[], limit = 3000) {
  const seen = new Set<string>();
  const queue = seeds.map((s) => new URL(s, base).toString());
  const leaks: string[] = [];
  const failures: string[] = [];
  const apiDetails = new Set<string>();
  while (queue.length > 0 && seen.size < limit) {
    const batch = queue.splice(0, 6).filter((u) => !seen.has(u));
    batch.forEach((u) => seen.add(u));
    await Promise.all(
      batch.map(async (u) => {
        const response = await request.get(u, { maxRedirects: 5 });
        if (response.status() >= 400) failures.push(`${response.status()} ${u}`);
        const type = response.headers()["content-type"] ?? "";
        if (type.startsWith("image/")) return;
        const body = await response.text();
        for (const hidden of HIDDEN_STRINGS) if (body.includes(hidden)) leaks.push(`${u} shows "${hidden}"`);
        if (type.includes("json") && u.includes("/api/v1/")) {
          // API lists: every page, and every record's detail.
          const json = JSON.parse(body) as { data?: { slug?: string }[] | { slug?: string }; nextCursor?: string | null };
          const path = new URL(u).pathname;
          if (Array.isArray(json.data)) {
            for (const r of json.data) if (r.slug) apiDetails.add(`${path}/${r.slug}`);
            if (json.nextCursor) queue.push(`${base.origin}${path}?limit=200&cursor=${json.nextCursor}`);
          }
          return;
        }
        for (const href of linksIn(body)) {
          const next = followable(href, base);
          if (next && !seen.has(next.toString())) queue.push(next.toString());
        }
        // Each deal's share image and embeddable card.
        const deal = /^\/deals\/([a-z0-9-]+)$/.exec(new URL(u).pathname)?.[1];
        if (deal) queue.push(`${base.origin}/deals/${deal}/opengraph-image`, `${base.origin}/embed/deals/${deal}`);
      }),
    );
    if (queue.length === 0 && apiDetails.size > 0) {
      queue.push(...[...apiDetails].map((p) => `${base.origin}${p}`));
      apiDetails.clear();
    }
  }
  return { seen, leaks, failures };
}

test("no public output shows a draft or trashed record, or its name through a relation", async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const entities = ["actors", "agreements", "pledges", "events", "sources"];
  const seeds = [
    "/",
    "/sitemap.xml",
    "/robots.txt",
    "/feed.xml",
    "/deals?per=100",
    "/pledges?per=100",
    "/actors?per=100",
    "/timeline?per=100",
    "/sources",
    "/relationships",
    "/relationships?orgs=1",
    "/api",
    "/api/v1/openapi.json",
    "/api/v1/export.json",
    ...entities.map((e) => `/api/v1/${e}?limit=200`),
    ...[...entities, "citations"].map((e) => `/api/v1/${e}.csv`),
    "/exports/deals.csv",
    "/exports/pledges.csv",
    "/embed/charts/pledges-by-donor-country",
  ];
  const { seen, leaks, failures } = await crawl(request, base, seeds);
  console.log(`Crawled ${seen.size} public URLs.`);
  expect(seen.size).toBeGreaterThan(100);
  expect(leaks).toEqual([]);
  expect(failures).toEqual([]);
});

test("a hidden record's own addresses answer 404 and searches and filters by its name find nothing", async ({ request }) => {
  const { draftActor, trashedActor, draftDeal, trashedSource, trashedEvent, draftPledge } = HIDDEN;
  for (const path of [
    `/deals/${draftDeal.slug}`,
    `/deals/${draftDeal.slug}/opengraph-image`,
    `/embed/deals/${draftDeal.slug}`,
    `/actors/${draftActor.slug}`,
    `/actors/${trashedActor.slug}`,
    `/actors/${draftActor.slug}/feed.xml`,
    `/sources/${trashedSource.slug}`,
    `/exports/charts/actor-activity-${draftActor.slug}.csv`,
    `/api/v1/agreements/${draftDeal.slug}`,
    `/api/v1/actors/${draftActor.slug}`,
    `/api/v1/events/${trashedEvent.slug}`,
    `/api/v1/pledges/${draftPledge.slug}`,
    `/api/v1/pledges/${HIDDEN.pledgeOfDraftDonor.slug}`,
    `/api/v1/sources/${trashedSource.slug}`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const [entity, q] of [
    ["actors", draftActor.name],
    ["actors", draftActor.alias],
    ["agreements", draftActor.name],
    ["agreements", draftDeal.title],
    ["pledges", draftActor.name],
    ["pledges", draftPledge.title],
    ["events", trashedEvent.title],
    ["events", draftActor.name],
    ["sources", trashedSource.title],
  ] as const) {
    const response = await request.get(`/api/v1/${entity}?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data, `${entity}?q=${q}`).toEqual([]);
  }
  for (const entity of ["agreements", "pledges", "events"]) {
    const response = await request.get(`/api/v1/${entity}?actor=${draftActor.slug}`);
    expect(((await response.json()) as { data: unknown[] }).data, `${entity}?actor=${draftActor.slug}`).toEqual([]);
  }
  // The search page echoes the query, so look for what only a result would show: the other hidden strings.
  for (const q of [draftActor.name, draftDeal.title, trashedEvent.title, draftPledge.title]) {
    const body = await (await request.get(`/search?q=${encodeURIComponent(q)}`)).text();
    for (const hidden of [draftActor.slug, draftDeal.slug, trashedEvent.slug, draftPledge.slug, trashedActor.name, trashedSource.title])
      expect(body, `/search?q=${q}`).not.toContain(hidden);
  }
});
