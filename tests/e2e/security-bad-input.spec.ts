// Bad input never answers 5xx: every public route, with each of its parameters (and path segments) set
// to hostile values — a NUL byte, broken percent-encoding, huge and negative numbers, repeated
// parameters, 8 kB values — gets a 4xx with a message, or a page that ignores the value.
import { expect, test } from "@playwright/test";

test.describe.configure({ timeout: 600_000 });

const hostile = [
  "%00",
  "a%00b",
  "%",
  "%E0%A4%A",
  "%ZZ",
  "99999999999999999999999999",
  "-1",
  "1e400",
  "%FF%FE",
  "..%2F..%2Fetc%2Fpasswd",
  "x".repeat(8192),
  "%3Cscript%3E",
];
/** For query parameters, the values that reach the most code: the others go through the same parsers. */
const hostileQuery = ["%00", "%", "%E0%A4%A", "99999999999999999999999999", "-1", "x".repeat(8192)];

// Each route with the query parameters it reads (lib/lists/params.ts, lib/schemas/query.ts,
// lib/relationships/filters.ts and the routes themselves), plus one it does not know.
const deals = ["q", "country", "type", "status", "category", "actor", "from", "to", "sort", "page", "per"];
const pledges = [...deals, "donor"];
const actors = ["q", "country", "type", "sort", "page", "per"];
const timeline = ["q", "country", "type", "actor", "from", "to", "year", "order", "page", "per"];
const sources = ["q", "country", "from", "to"];
const api = (list: string[]) => [...list.filter((p) => !["sort", "page", "per", "year", "order"].includes(p)), "limit", "cursor"];
const queryRoutes: [string, string[]][] = [
  ["/", []],
  ["/deals", deals],
  ["/pledges", pledges],
  ["/actors", actors],
  ["/timeline", timeline],
  ["/sources", sources],
  ["/search", ["q"]],
  ["/relationships", ["kinds", "phases", "from", "to", "orgs", "view"]],
  ["/relationships/gb/ua", ["agreements-page", "pledges-page", "events-page"]],
  ["/exports/deals.csv", deals],
  ["/exports/pledges.csv", pledges],
  ["/embed/charts/pledges-by-donor-country", ["country", "from", "to"]],
  ["/api/v1/actors", api(actors)],
  ["/api/v1/agreements", api(deals)],
  ["/api/v1/pledges", api(pledges)],
  ["/api/v1/events", api(timeline)],
  ["/api/v1/sources", api(sources)],
  ["/api/v1/agreements.csv", []],
  ["/api/v1/export.json", []],
  ["/feed.xml", []],
  ["/sitemap.xml", []],
  ["/api", []],
  ["/admin/sign-in", ["next"]],
];
/** Routes with a path segment, the segment written as {}. */
const pathRoutes = [
  "/deals/{}",
  "/deals/{}/opengraph-image",
  "/d/{}",
  "/actors/{}",
  "/actors/{}/feed.xml",
  "/sources/{}",
  "/relationships/{}/ua",
  "/relationships/gb/{}",
  "/embed/deals/{}",
  "/embed/charts/{}",
  "/exports/charts/{}",
  "/exports/charts/{}.csv",
  "/api/v1/agreements/{}",
  "/api/v1/actors/{}",
  "/api/v1/pledges/{}",
  "/api/v1/events/{}",
  "/api/v1/sources/{}",
  "/api/v1/{}",
  "/{}",
];

test("no public route answers 5xx to hostile parameters or path segments", async ({ request }) => {
  const urls: string[] = [];
  for (const [route, params] of queryRoutes) {
    for (const param of [...params, "unknown"]) {
      for (const value of hostileQuery) urls.push(`${route}?${param}=${value}`);
      urls.push(`${route}?${param}=1&${param}=2&${param}=%00`); // repeated
    }
    urls.push(`${route}?${"p".repeat(200)}=1`, `${route}?=%00`, `${route}?%00=1`, `${route}?q`);
  }
  for (const route of pathRoutes) for (const value of hostile) urls.push(route.replace("{}", value));

  const serverErrors: string[] = [];
  for (let i = 0; i < urls.length; i += 8) {
    await Promise.all(
      urls.slice(i, i + 8).map(async (url) => {
        const response = await request.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) serverErrors.push(`${response.status()} ${url.slice(0, 120)}`);
        else if (response.status() >= 400) {
          // A refusal says what is wrong (never an empty body or a stack trace).
          const body = await response.text();
          if (body.trim().length === 0 || /\n\s+at /.test(body))
            serverErrors.push(`${response.status()} without a clear message: ${url.slice(0, 120)}`);
        }
      }),
    );
  }
  console.log(`Tried ${urls.length} hostile requests.`);
  expect(serverErrors).toEqual([]);
});

test("the answers that used to be 5xx are 4xx with a message or a page with a notice", async ({ request }) => {
  const api = await request.get("/api/v1/actors?q=%00");
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ issues: [{ path: "q", message: expect.stringMatching(/control characters/) }] });

  const page = await request.get("/actors?q=%00");
  expect(page.status()).toBe(200);
  expect(await page.text()).toMatch(/control characters/);

  const deal = await request.get("/deals/%");
  expect(deal.status()).toBe(400);
  expect(await deal.text()).toMatch(/percent-encoding/);
});
