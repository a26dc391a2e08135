// Headers that protect readers (issue 12, item 6) on the real production server: a strict CSP with a
// nonce that breaks nothing (no violation on the main pages, charts drawn, copy buttons working),
// nosniff, Referrer-Policy, Permissions-Policy; embeds frameable, nothing else; and the cached page
// never carrying a stale date of access (item 8).
import { expect, test } from "@playwright/test";

const DEAL = "/deals/uk-ukraine-licensed-production-talks";
const PAGES = ["/", "/deals?type=LICENSED_PRODUCTION", DEAL, "/actors", "/timeline", "/sources", "/relationships", "/search?q=artillery", "/api", "/admin/sign-in"];

test.describe("security headers", () => {
  test("every main page loads with no Content-Security-Policy violation, and its scripts run", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`));
    });
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const csp = response!.headers()["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      expect(csp, path).not.toContain("unsafe-inline' 'strict"); // no inline scripts without the nonce
      expect(csp, path).toContain("frame-ancestors 'none'");
      await page.waitForLoadState("networkidle");
    }
    // The overview's charts still draw (recharts, loaded by a nonce'd script when scrolled into view).
    await page.goto("/");
    const chart = page.locator("svg.recharts-surface").first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a page's nonce is on its own scripts, and the nonce differs between renders of different pages", async ({ request }) => {
    const nonces: string[] = [];
    for (const path of ["/sources", "/timeline"]) {
      const response = await request.get(path);
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      const html = await response.text();
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(2);
  });

  test("sends nosniff, Referrer-Policy and Permissions-Policy everywhere, and no HSTS on an http site", async ({ request }) => {
    for (const path of ["/", DEAL, "/api/v1/agreements?limit=1", "/feed.xml", "/robots.txt", "/embed/deals/uk-ukraine-licensed-production-talks"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["strict-transport-security"], path).toBeUndefined(); // SITE_URL is http here
    }
    const api = (await request.get("/api/v1/agreements?limit=1")).headers();
    expect(api["content-security-policy"]).toContain("default-src 'none'");
  });

  test("embeds may be framed by any site; no other page may be framed", async ({ request }) => {
    const embed = (await request.get("/embed/deals/uk-ukraine-licensed-production-talks")).headers();
    expect(embed["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed["content-security-policy"]).toContain("default-src 'none'"); // no script at all in a card
    expect(embed["x-frame-options"]).toBeUndefined();
    for (const path of ["/", DEAL, "/admin/sign-in"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });

  test("the cached deal page carries no date of access; the reader's browser fills in its own, and copies it", async ({ page, context, request, baseURL }) => {
    for (let i = 0; i < 2; i++) {
      const html = await (await request.get(DEAL)).text(); // the second one from the cache
      expect(html).toContain("[date of access]");
      expect(html).not.toMatch(/Retrieved (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
    }
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
    await page.goto(DEAL);
    const today = await page.evaluate(() => new Date().toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }));
    await expect(page.getByRole("region", { name: "Cite this page" })).toContainText(`Retrieved ${today}, from`);
    await page.getByRole("button", { name: "Copy APA citation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Retrieved ${today}, from`);
  });

  test("public pages tell every cache to revalidate; the sign-in page stays private", async ({ request }) => {
    const deal = await request.get(DEAL);
    expect(deal.headers()["cache-control"]).toBe("no-cache");
    const etag = deal.headers().etag!;
    expect(etag).toMatch(/^W\/"v-/);
    const again = await request.get(DEAL, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["content-security-policy"]).toBeUndefined(); // a 304 never pairs a stored body with a new nonce
    expect((await request.get("/admin/sign-in")).headers()["cache-control"]).toMatch(/private|no-store/);
  });
});
