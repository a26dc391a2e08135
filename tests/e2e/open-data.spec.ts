import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { parseCsv } from "../helpers/csv";
import { expect, test, type Page } from "@playwright/test";

interface Deal {
  slug: string;
  updatedAt: string;
  startDate: { date: string } | null;
}

/** Parses XML in the browser; returns the root's name and namespace, entry ids, and any parser error. */
async function parseAtom(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const root = doc.documentElement;
    const atom = "http://www.w3.org/2005/Atom";
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: root.localName,
      namespace: root.namespaceURI,
      title: root.getElementsByTagNameNS(atom, "title")[0]?.textContent ?? "",
      ids: [...root.getElementsByTagNameNS(atom, "entry")].map((e) => e.getElementsByTagNameNS(atom, "id")[0]?.textContent ?? ""),
    };
  }, xml);
}

test.describe("open data", () => {
  test("the /api page's examples and links all answer 200 @phone", async ({ page, request }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "Open data and API" })).toBeVisible();
    const examples = page.getByRole("region", { name: "Examples" }).getByRole("link");
    expect(await examples.count()).toBeGreaterThanOrEqual(8);
    const hrefs = await page.locator('main a[href^="/api/v1/"], main a[href$="feed.xml"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs).toEqual(expect.arrayContaining(["/api/v1/openapi.json", "/api/v1/export.json", "/api/v1/citations.csv", "/feed.xml"]));
    for (const href of new Set(hrefs)) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
    for (const href of await examples.evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) {
      const body = (await (await request.get(href)).json()) as { data: unknown };
      expect(Array.isArray(body.data) ? (body.data as unknown[]).length : 1, `${href} returns data`).toBeGreaterThan(0);
    }
  });

  test("the /api page lists exactly the columns each CSV file has", async ({ page, request }) => {
    await page.goto("/api");
    for (const entity of ["actors", "agreements", "pledges", "events", "sources", "citations"]) {
      const csv = await request.get(`/api/v1/${entity}.csv`);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      const header = parseCsv(await csv.text())[0];
      await page.getByText(`Columns of ${entity}.csv (`).click();
      const documented = await page.getByRole("table", { name: `Columns of ${entity}.csv` }).locator("tbody th").allTextContents();
      expect(documented, entity).toEqual(header);
    }
  });

  test("the /api page has no accessibility violations and fits 360 px @phone", async ({ page }) => {
    await page.goto("/api");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the /api page's examples are in the server HTML (no JavaScript needed)", async ({ page, request }) => {
    await page.goto("/api");
    const hrefs = await page.getByRole("region", { name: "Examples" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const html = await (await request.get("/api")).text();
    for (const href of hrefs) expect(html, href).toContain(`href="${href.replaceAll("&", "&amp;")}"`);
  });

  test("/feed.xml parses as Atom and contains the latest deal", async ({ page, request }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    await page.goto("/api");
    const feed = await parseAtom(page, await response.text());
    expect(feed).toMatchObject({ error: false, root: "feed", namespace: "http://www.w3.org/2005/Atom" });
    const deals = ((await (await request.get("/api/v1/agreements?limit=200")).json()) as { data: Deal[] }).data;
    const lastChanged = deals.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
    const lastStarted = deals.filter((d) => d.startDate).reduce((a, b) => (b.startDate!.date > a.startDate!.date ? b : a));
    for (const deal of [lastChanged, lastStarted]) expect(feed.ids.some((id) => id.endsWith(`/deals/${deal.slug}`)), deal.slug).toBe(true);
  });

  test("each actor has an Atom feed of its own, and pages link to the site feed", async ({ page, request }) => {
    const response = await request.get("/actors/united-kingdom/feed.xml");
    expect(response.status()).toBe(200);
    await page.goto("/");
    const feed = await parseAtom(page, await response.text());
    expect(feed).toMatchObject({ error: false, root: "feed" });
    expect(feed.title).toContain("United Kingdom");
    expect(feed.ids.length).toBeGreaterThan(0);
    expect((await request.get("/actors/no-such-actor/feed.xml")).status()).toBe(404);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  });

  test("the API answers a page on another origin (CORS), with ETags and a preflight", async ({ page, request, baseURL }) => {
    // A page on another origin (a throw-away local server; our own pages' CSP allows fetches to this origin only).
    const article = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Another site</title>"));
    await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(article.address() as AddressInfo).port}/`);
    const result = await page.evaluate(async (api) => {
      const response = await fetch(`${api}/api/v1/agreements?limit=1`, { headers: { "If-None-Match": '"none"' } });
      return { status: response.status, count: ((await response.json()) as { data: unknown[] }).data.length };
    }, baseURL!);
    expect(result).toEqual({ status: 200, count: 1 });
    await new Promise((resolve) => article.close(resolve));

    const first = await request.get("/api/v1/agreements?limit=2", { headers: { Origin: "https://example.org" } });
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    expect(first.headers()["cache-control"]).toBe("public, no-cache"); // kept, revalidated before each reuse
    const again = await request.get("/api/v1/agreements?limit=2", { headers: { "If-None-Match": first.headers()["etag"]! } });
    expect(again.status()).toBe(304);
    const preflight = await request.fetch("/api/v1/agreements", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  });
});
