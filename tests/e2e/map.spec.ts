import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { devices, expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parseCsv } from "../helpers/csv";

interface ApiCountry {
  code: string;
  name: string;
  href: string | null;
  agreements: number;
  pledges: number;
  usd: number;
  pledgesValued: number;
  pledgesUndisclosed: number;
  sites: { production: number; repair: number; training: number };
}

/** The API's figures as table rows: code → [agreements, pledges, undisclosed, production, repair, training]. */
async function apiRows(request: APIRequestContext, query = ""): Promise<Record<string, number[]>> {
  const response = await request.get(`/api/v1/map${query}`);
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as {
    data: { ukraine: ApiCountry; countries: ApiCountry[] };
  };
  return Object.fromEntries(
    [data.ukraine, ...data.countries].map((c) => [
      c.code,
      [c.agreements, c.pledges, c.pledgesUndisclosed, c.sites.production, c.sites.repair, c.sites.training],
    ]),
  );
}

/** The page's table as the same rows (the "known value" column is text and left out). */
async function tableRows(page: Page): Promise<Record<string, number[]>> {
  const rows = await page
    .getByTestId("map-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-code")!, [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())] as const),
    );
  return Object.fromEntries(
    rows.map(([code, cells]) => [code, [cells[0], cells[1], cells[3], cells[4], cells[5], cells[6]].map((c) => Number(c!.replace(/,/g, "")))]),
  );
}

/** Codes of the countries drawn as shapes of their own (links or labelled groups) on the map. */
async function drawnCountries(page: Page): Promise<string[]> {
  return (
    await page
      .getByTestId("map")
      .locator(".cm-c")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-code")!))
  ).sort();
}

test.describe("map", () => {
  test("without JavaScript: a shape per country with figures, and a table with the API's counts", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1, name: "Map" })).toBeVisible();
    const api = await apiRows(request);
    const table = await tableRows(page);
    expect(table).toEqual(api);
    expect(Object.keys(api).length).toBeGreaterThan(5);
    expect(await drawnCountries(page)).toEqual(Object.keys(api).sort());
    // The shape's <title> is its tooltip and accessible name, with the same numbers.
    const uk = page.getByTestId("map").getByRole("link", {
      name: /^United Kingdom: \d+ agreements? with Ukraine as a party/,
    });
    await expect(uk).toHaveCount(1);
    const [agreements, pledges] = api.GB!;
    await expect(uk.locator("title")).toHaveText(new RegExp(`${agreements} agreements? with Ukraine as a party;\\s+${pledges} pledges? to Ukraine`));
    // China's supplies to Russia are not cooperation with Ukraine.
    expect(api.CN).toBeUndefined();
    await context.close();
  });

  test("a filter changes the drawing and the table alike, and stays in the URL", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/map");
    const before = await drawnCountries(page);
    expect(before).toContain("DE"); // Germany has a pledge only
    const filters = page.getByRole("form", { name: "Filter the map" });
    await filters.getByRole("checkbox", { name: "Pledges" }).uncheck();
    await filters.getByRole("checkbox", { name: "Financing" }).uncheck();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/map\?type=industrial&type=political/);
    const after = await drawnCountries(page);
    expect(after).not.toContain("DE");
    expect(after.length).toBeLessThan(before.length);
    const table = await tableRows(page);
    expect(table).toEqual(await apiRows(request, "?type=industrial&type=political"));
    expect(Object.values(table).every((row) => row[1] === 0)).toBe(true);
    expect(Object.keys(table).sort()).toEqual(after);
    await context.close();
  });

  test("each country links to its actor page", async ({ page }) => {
    await page.goto("/map");
    const uk = page.getByTestId("map").getByRole("link", { name: /^United Kingdom:/ });
    await expect(uk).toHaveAttribute("href", "/actors/united-kingdom");
    await uk.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/actors\/united-kingdom$/);
    await expect(page.getByRole("heading", { level: 1, name: "United Kingdom" })).toBeVisible();
  });

  test("tooltips appear on hover and on keyboard focus", async ({ page }) => {
    await page.goto("/map");
    const map = page.getByTestId("map");
    const france = map.getByRole("link", { name: /^France:/ });
    await france.hover();
    const tooltip = map.locator("div[aria-hidden=true]").filter({ hasText: "France" });
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("pledges to Ukraine");
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await map.getByRole("link", { name: /^Poland:/ }).focus();
    await expect(map.locator("div[aria-hidden=true]").filter({ hasText: "Poland" })).toContainText("work located here");
    await page.keyboard.press("Escape");
    await expect(map.locator("div[aria-hidden=true]").filter({ hasText: "Poland" })).toBeHidden();
  });

  test("on a phone, the first tap on a country shows its figures and the second opens its page @phone", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      ...devices["Pixel 7"],
      baseURL,
    });
    const page = await context.newPage();
    await page.goto("/map");
    const map = page.getByTestId("map");
    const france = map.getByRole("link", { name: /^France:/ });
    await france.tap();
    await expect(page).toHaveURL(/\/map$/);
    await expect(map.getByText("Open the page of France →")).toBeVisible();
    await france.tap();
    await expect(page).toHaveURL(/\/actors\/france$/);
    await context.close();
  });

  test("the CSV has the numbers of the table", async ({ page, request }) => {
    const csv = parseCsv(await (await request.get("/exports/map.csv?category=ARMOURED_VEHICLES")).text());
    expect(csv[0]!.join(",")).toBe(
      "code,country,agreements,pledges,records,usd_pledged_known,pledges_with_known_value,pledges_undisclosed_value,production_sites,repair_sites,training_sites,actor_page",
    );
    await page.goto("/map?category=ARMOURED_VEHICLES");
    const table = await tableRows(page);
    const fromCsv = Object.fromEntries(
      csv.slice(1).map((cells) => [cells[0], [cells[2], cells[3], cells[7], cells[8], cells[9], cells[10]].map(Number)]),
    );
    expect(fromCsv).toEqual(table);
    expect((await request.get("/exports/map.csv?category=tanks")).status()).toBe(400);
  });

  test("the API refuses unknown parameters and values, naming them", async ({ request }) => {
    const response = await request.get("/api/v1/map?type=boats&colour=red");
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(["colour", "type"]);
  });

  test("bad filter values on the page are named and ignored, never an error", async ({ page }) => {
    const response = await page.goto("/map?type=submarines&shade=colourful");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("submarines");
    await expect(page.getByRole("status")).toContainText("shade=colourful");
    await expect(page.getByTestId("map-table")).toBeVisible();
  });

  test("shading by value pledged keeps the filters and says what the shade means", async ({ page }) => {
    await page.goto("/map?from=2023");
    await page.getByRole("navigation", { name: "Shade countries by" }).getByRole("link", { name: "Value pledged (USD)" }).click();
    await expect(page).toHaveURL(/from=2023.*shade=usd/);
    await expect(page.getByText("Shade: value pledged to Ukraine, where known (USD)")).toBeVisible();
    await expect(page.getByText("Records with Ukraine, no disclosed value")).toBeVisible();
  });

  test("the embed loads in an iframe on another site, with the map, a table and a link back", async ({ page, baseURL }) => {
    const response = await page.request.get("/embed/map");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const article = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<!doctype html><title>Article</title><h1>An article</h1><iframe title="Map" src="${baseURL}/embed/map?type=industrial" width="900" height="800"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
    try {
      await page.goto(`http://127.0.0.1:${(article.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('iframe[title="Map"]');
      await expect(
        frame.getByRole("heading", {
          name: "Cooperation with Ukraine by country",
        }),
      ).toBeVisible();
      await expect(frame.locator("svg.cm-map[data-panel=europe] .cm-c").first()).toBeVisible();
      await expect(frame.getByRole("link", { name: /^Ukraine:/ })).toHaveAttribute("href", `${baseURL}/actors/ukraine`);
      await expect(frame.getByRole("link", { name: "Open in the tracker →" })).toHaveAttribute("href", `${baseURL}/map?type=industrial`);
      await expect(frame.getByText(/^Selection: industrial cooperation/)).toBeVisible();
    } finally {
      article.close();
    }
    expect((await page.request.get("/embed/map?colour=red")).status()).toBe(400);
  });

  test("a country's page shows where it is, and a pair page shows both countries", async ({ page }) => {
    await page.goto("/actors/poland");
    await expect(page.getByRole("img", { name: "Map: where Poland is" })).toBeVisible();
    await page.goto("/relationships/gb/ua");
    await expect(page.getByRole("img", { name: "Map: United Kingdom and Ukraine" })).toBeVisible();
  });

  test("flags are small cached SVG files with the country's name as their text", async ({ page, request }) => {
    await page.goto("/deals/uk-ukraine-licensed-production-talks");
    const flag = page.getByRole("img", { name: "United Kingdom", exact: true }).first();
    await expect(flag).toHaveAttribute("src", /^\/flags\/[\d.]+\/gb\.svg$/);
    const src = (await flag.getAttribute("src"))!;
    const response = await request.get(src);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/svg+xml");
    expect(response.headers()["cache-control"]).toContain("immutable");
    expect((await request.get("/flags/7.5.0/zz.svg")).status()).toBe(404);
    expect(await page.content()).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
  });

  for (const [url, scheme] of [
    ["/map", "light"],
    ["/map", "dark"],
    ["/map?shade=usd", "light"],
    ["/embed/map", "dark"],
    ["/actors/poland", "light"],
  ] as const) {
    test(`${url} has no accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }

  test("/map fits a 360 px wide screen without sideways scrolling @phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/map");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Phones see ISO codes on the map, in a readable size.
    const label = page.getByTestId("map").locator("svg[data-panel=europe] text.c").first();
    await expect(label).toBeVisible();
    const height = (await label.boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(9);
  });
});
