import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FORMER_SLUG } from "./fixtures/data";

const SLUG = "uk-ukraine-licensed-production-talks";
const DEAL = `/deals/${SLUG}`;
const TITLE = "British defence firms in talks to build British-designed weapons in Ukraine under licence";
const SITE = "Ukraine Defence Cooperation Tracker";

/** "March 5, 2026" for today and yesterday (UTC), so a run across midnight still passes. */
function accessDates(): string[] {
  const fmt = (d: Date) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return [fmt(new Date()), fmt(new Date(Date.now() - 86_400_000))];
}

async function permalinkOf(page: Page): Promise<string> {
  const href = await page.getByRole("region", { name: "Cite this page" }).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/\/d\/\d+$/);
  return href!;
}

test.describe("deal page", () => {
  test("shows the deal's parties, dated status history and verbatim quotes @phone", async ({ page }) => {
    const response = await page.goto(DEAL);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

    const parties = page.getByRole("region", { name: "Parties" });
    for (const name of ["United Kingdom", "Ukraine", "United States", "Poland"]) {
      await expect(parties.getByRole("link", { name, exact: true })).toHaveAttribute("href", /^\/actors\//);
    }
    await expect(parties.getByText("Licensee")).toBeVisible();

    const history = page.getByRole("list", { name: "Dated status history" });
    await expect(history.getByRole("listitem").first()).toContainText("11 Feb 2023");
    await expect(history.getByRole("listitem").first()).toContainText("In talks");
    await expect(page.getByRole("list", { name: "Lifecycle of the deal" })).toContainText("In talks (current)");

    // Evidence is one click away, in a native disclosure: source, date and the verbatim quote.
    const evidence = history.locator("details").first();
    await evidence.locator("summary").click();
    await expect(evidence.locator("blockquote")).toContainText("the Telegraph reported in its Feb. 11 edition");
    await expect(evidence.getByRole("link", { name: "France 24" })).toHaveAttribute("href", "/sources/france24-uk-ukraine-licensed-production-2023");

    const record = page.getByRole("region", { name: "Evidence for the record" });
    await expect(record.locator("blockquote").first()).toContainText("British emissaries have already gone there");
    await expect(page.getByRole("region", { name: "Key facts" })).toContainText("Undisclosed");
    await expect(page.getByRole("region", { name: "Linked events" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Related deals" }).getByRole("link").first()).toHaveAttribute("href", /^\/deals\//);
    await expect(page.getByRole("region", { name: "Changelog" })).toContainText("seed dataset");
    await expect(page.getByText(/^Last updated/)).toBeVisible();
  });

  test("offers APA and Chicago citations with the title, the site, the permalink and today's access date", async ({ page }) => {
    await page.goto(DEAL);
    const cite = page.getByRole("region", { name: "Cite this page" });
    const permalink = await permalinkOf(page);
    const dates = accessDates();
    for (const style of ["APA", "Chicago"]) {
      const text = (await cite.getByRole("heading", { name: style }).locator("xpath=following-sibling::p[1]").textContent()) ?? "";
      expect(text).toContain(TITLE);
      expect(text).toContain(SITE);
      expect(text).toContain(permalink);
      expect(dates.some((d) => text.includes(d)), `${style} citation "${text}" names the access date`).toBe(true);
    }
  });

  test("copies the citation to the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
    await page.goto(DEAL);
    await page.getByRole("button", { name: "Copy Chicago citation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“British defence firms.*Accessed .*\/d\/\d+\.$/);
  });

  test("describes itself to search engines and social sites: metadata, share image and JSON-LD", async ({ page, request }) => {
    await page.goto(DEAL);
    await expect(page).toHaveTitle(`${TITLE} · ${SITE}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${DEAL}$`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Licensed production, in talks\. Parties: .*United Kingdom/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`${DEAL}/opengraph-image`);
    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(body.subarray(1, 4).toString()).toBe("PNG");
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(body.readUInt32BE(20)).toBe(630); // IHDR height

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const graph = scripts.flatMap((s) => JSON.parse(s) as Record<string, unknown>[]);
    const article = graph.find((node) => node["@type"] === "Article")!;
    expect(article).toMatchObject({ "@context": "https://schema.org", name: TITLE, url: expect.stringMatching(new RegExp(`${DEAL}$`)) });
    expect(article.about).toEqual(expect.arrayContaining([expect.objectContaining({ "@type": "Country", name: "United Kingdom" })]));
    expect(article.citation).toEqual([expect.objectContaining({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "France 24" } })]);
    expect(graph.some((node) => node["@type"] === "BreadcrumbList")).toBe(true);
  });

  test("keeps old links working: a former slug and the /d/<id> permalink redirect permanently to the current slug", async ({ page, request }) => {
    const old = await request.get(`/deals/${FORMER_SLUG.slug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(old.status());
    expect(new URL(old.headers().location!, "http://x").pathname).toBe(DEAL);

    await page.goto(DEAL);
    const permalink = await permalinkOf(page);
    const short = await request.get(new URL(permalink).pathname, { maxRedirects: 0 });
    expect([301, 308]).toContain(short.status());
    expect(new URL(short.headers().location!, "http://x").pathname).toBe(DEAL);

    await page.goto(`/deals/${FORMER_SLUG.slug}`);
    await expect(page).toHaveURL(new RegExp(`${DEAL}$`));
    expect((await request.get("/d/999999", { maxRedirects: 0 })).status()).toBe(404);
  });

  test("answers an unknown deal with a real 404 page that offers search and the list of deals", async ({ page }) => {
    const response = await page.goto("/deals/no-such-deal");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deal not found" })).toBeVisible();
    const search = page.getByRole("main").getByRole("search");
    await expect(search).toHaveAttribute("action", "/search");
    await expect(search).toHaveAttribute("method", "get");
    await expect(search.getByRole("searchbox", { name: "Search the tracker" })).toHaveAttribute("name", "q");
    await expect(page.getByRole("main").getByRole("link", { name: "All deals" })).toHaveAttribute("href", "/deals");
    expect((await page.request.get("/deals/no-such-deal/opengraph-image")).status()).toBe(404);
    expect((await page.request.get("/embed/deals/no-such-deal")).status()).toBe(404);
  });

  test("embeds as a compact card that other sites may frame, with a link back; the full page may not be framed", async ({ page, request, baseURL }) => {
    const embed = await request.get(`/embed/deals/${SLUG}`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const full = await request.get(DEAL);
    expect(full.headers()["x-frame-options"]).toBe("DENY"); // not even this site frames its pages

    // A news article on another origin (a throw-away local server) frames the card and the full page.
    const article = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<!doctype html><title>Article</title>
        <iframe title="Card" src="${baseURL}/embed/deals/${SLUG}" width="600" height="300"></iframe>
        <iframe title="Page" src="${baseURL}${DEAL}" width="600" height="300"></iframe>`);
    });
    await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(article.address() as AddressInfo).port}/`);
    const card = page.frameLocator('iframe[title="Card"]');
    await expect(card.getByRole("heading", { name: TITLE })).toBeVisible();
    await expect(card.getByRole("link", { name: /Full record, sources and quotes/ })).toHaveAttribute("href", `${baseURL}${DEAL}`);
    await expect(card.getByText("Undisclosed")).toBeVisible();
    // The browser refuses to show the full page in the other site's frame.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator('iframe[title="Page"]').getByRole("heading", { level: 1 })).toHaveCount(0);
    await new Promise((resolve) => article.close(resolve));
  });

  test("is complete without JavaScript: facts, quotes and citations are in the server HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DEAL);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("region", { name: "Parties" }).getByRole("link", { name: "Poland" })).toBeVisible();
    const cite = page.getByRole("region", { name: "Cite this page" });
    await expect(cite).toContainText(`${SITE}. (`);
    await expect(cite.getByRole("button")).toHaveCount(0); // no copy buttons that cannot work
    const evidence = page.getByRole("list", { name: "Dated status history" }).locator("details").first();
    await evidence.locator("summary").click();
    await expect(evidence.locator("blockquote")).toBeVisible();
    await context.close();
  });

  test("prints without navigation and with every quote on paper", async ({ page }) => {
    await page.goto(DEAL);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(page.getByRole("list", { name: "Dated status history" }).locator("details blockquote").first()).toBeVisible();
  });

  test("has no accessibility violations, on the deal page, its 404 and its embed", async ({ page }) => {
    for (const path of [DEAL, "/deals/no-such-deal", `/embed/deals/${SLUG}`]) {
      await page.goto(path);
      // Next streams the metadata of dynamic pages; let the <title> arrive before checking for it.
      await expect(page).toHaveTitle(/\S/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test("fits a 360 px wide screen without sideways scrolling @phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(DEAL);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("lists every public deal, actor and source page in sitemap.xml, which robots.txt names", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const deals = (await (await request.get("/api/v1/agreements?limit=200")).json()) as { data: { slug: string }[] };
    const actors = (await (await request.get("/api/v1/actors?limit=200")).json()) as { data: { slug: string }[] };
    const sources = (await (await request.get("/api/v1/sources?limit=200")).json()) as { data: { slug: string }[] };
    for (const d of deals.data) expect(sitemap).toContain(`/deals/${d.slug}</loc>`);
    for (const a of actors.data) expect(sitemap).toContain(`/actors/${a.slug}</loc>`);
    for (const s of sources.data) expect(sitemap).toContain(`/sources/${s.slug}</loc>`);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    expect(robots).toContain("Disallow: /embed/");
  });
});
