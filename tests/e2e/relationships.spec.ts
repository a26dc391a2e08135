import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const EDGE = /^(.+) – (.+): (\d+) agreements? (?:and|or) pledges?/;

/** Every tie drawn in the network, read from the <title> of its SVG element: "A – B: N agreements…". */
async function graphTies(page: Page): Promise<Map<string, number>> {
  const titles = await page.getByTestId("network").locator("title").allTextContents();
  const ties = new Map<string, number>();
  for (const title of titles) {
    const match = EDGE.exec(title);
    if (match) ties.set([match[1], match[2]].sort().join(" | "), Number(match[3]));
  }
  return ties;
}

/** Every non-zero cell of the adjacency matrix, by the names in its row and column headers. */
async function matrixTies(page: Page): Promise<Map<string, number>> {
  const cells = await page.getByTestId("adjacency-matrix").evaluate((table) => {
    const columns = Array.from(table.querySelectorAll("thead th[scope=col]")).map((th) => th.querySelector(".sr-only")!.textContent!.trim());
    const out: [string, string, string][] = [];
    for (const row of Array.from(table.querySelectorAll("tbody tr"))) {
      const name = row.querySelector("th[scope=row]")!.textContent!.trim();
      Array.from(row.querySelectorAll("td")).forEach((td, i) => out.push([name, columns[i]!, (td as HTMLElement).innerText.trim()]));
    }
    return out;
  });
  const ties = new Map<string, number>();
  for (const [a, b, text] of cells) {
    if (!/^\d+$/.test(text)) continue;
    const key = [a, b].sort().join(" | ");
    const count = Number(text);
    if (ties.has(key)) expect(ties.get(key), `the matrix is symmetric for ${key}`).toBe(count);
    ties.set(key, count);
  }
  return ties;
}

function tieCount(ties: Map<string, number>, a: string, b: string): number | undefined {
  return ties.get([a, b].sort().join(" | "));
}

test.describe("relationships", () => {
  test("the United Kingdom–Ukraine tie leads to a pair page that lists the UK licensed-production talks", async ({ page }) => {
    await page.goto("/relationships");
    await expect(page.getByRole("heading", { level: 1, name: "Relationships" })).toBeVisible();
    const edge = page.getByTestId("network").getByRole("link", { name: /^United Kingdom – Ukraine: \d+ agreements and pledges/ });
    await expect(edge).toHaveAttribute("href", "/relationships/gb/ua");
    await edge.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/relationships\/gb\/ua$/);
    await expect(page.getByRole("heading", { level: 1, name: "United Kingdom and Ukraine" })).toBeVisible();
    const agreements = page.getByRole("region", { name: "Agreements" });
    await expect(
      agreements.getByRole("link", { name: /British defence firms in talks to build British-designed weapons in Ukraine under licence/ }),
    ).toHaveAttribute("href", "/deals/uk-ukraine-licensed-production-talks");
    await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem").first()).toBeVisible();
  });

  test("a country's circle links to its actor page and summarises it", async ({ page }) => {
    await page.goto("/relationships");
    const node = page.getByTestId("network").getByRole("link", { name: /^Ukraine: \d+ agreements and pledges with \d+ partners$/ });
    await expect(node).toHaveAttribute("href", "/actors/ukraine");
  });

  test("the matrix shows exactly the counts the network draws", async ({ page }) => {
    for (const url of ["/relationships", "/relationships?orgs=1", "/relationships?type=pledges&type=financing&from=2023"]) {
      await page.goto(url);
      const graph = await graphTies(page);
      const matrix = await matrixTies(page);
      expect(graph.size, `${url} draws some ties`).toBeGreaterThan(0);
      expect(Object.fromEntries(matrix), url).toEqual(Object.fromEntries(graph));
    }
  });

  test("filters change the graph, sit in the URL and survive a reload", async ({ page }) => {
    await page.goto("/relationships");
    const before = await graphTies(page);
    const ukUkraine = tieCount(before, "United Kingdom", "Ukraine")!;
    expect(before.has("China | Russia")).toBe(true);

    const filters = page.getByRole("form", { name: "Filter the network" });
    await filters.getByRole("checkbox", { name: "Pledges" }).uncheck();
    await filters.getByRole("checkbox", { name: "Financing" }).uncheck();
    await filters.getByRole("combobox", { name: "From" }).selectOption("2023");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=industrial.*type=political/);
    await expect(page).toHaveURL(/from=2023/);

    const after = await graphTies(page);
    expect(after.has("China | Russia"), "the China–Russia tie is a pledge only").toBe(false);
    expect(tieCount(after, "United Kingdom", "Ukraine")).toBeLessThan(ukUkraine);
    expect(after.size).toBeLessThan(before.size);

    await page.reload();
    await expect(filters.getByRole("checkbox", { name: "Pledges" })).not.toBeChecked();
    await expect(filters.getByRole("checkbox", { name: "Industrial cooperation" })).toBeChecked();
    await expect(filters.getByRole("combobox", { name: "From" })).toHaveValue("2023");
    expect(Object.fromEntries(await graphTies(page))).toEqual(Object.fromEntries(after));
  });

  test("companies and organisations can be shown on their own", async ({ page }) => {
    await page.goto("/relationships");
    const network = page.getByTestId("network");
    await expect(network.getByRole("link", { name: /^Babcock:/ })).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Show companies and organisations on their own" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/orgs=1/);
    await expect(network.getByRole("link", { name: /^Babcock:/ })).toHaveAttribute("href", "/actors/babcock");
  });

  test("the pair page works in either order: ua/gb redirects permanently to gb/ua", async ({ page, request }) => {
    const response = await request.get("/relationships/ua/gb", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/relationships\/gb\/ua$/);
    await page.goto("/relationships/UA/GB");
    await expect(page).toHaveURL(/\/relationships\/gb\/ua$/);
    await expect(page.getByRole("heading", { level: 1, name: "United Kingdom and Ukraine" })).toBeVisible();
  });

  test("unknown, invalid or unrelated pairs answer a helpful 404", async ({ page }) => {
    for (const url of ["/relationships/kr/pk", "/relationships/gb/gb", "/relationships/xx/ua", "/relationships/gbr/ua"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "No relationship found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "France and Ukraine" })).toHaveAttribute("href", "/relationships/fr/ua");
    }
  });

  test("bad filter values are named and ignored, never an error", async ({ page }) => {
    const response = await page.goto("/relationships?type=submarines&from=someday");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("submarines");
    expect((await graphTies(page)).size).toBeGreaterThan(0);
  });

  test("draws the network, the table and working filters without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/relationships");
    await expect(page.getByTestId("network").locator("circle").first()).toBeVisible();
    await expect(page.getByTestId("adjacency-matrix")).toBeVisible();
    await page.getByRole("checkbox", { name: "Political cooperation" }).uncheck();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=/);
    await expect(page.getByRole("checkbox", { name: "Political cooperation" })).not.toBeChecked();
    await page.goto("/relationships/gb/ua");
    await expect(page.getByRole("heading", { level: 1, name: "United Kingdom and Ukraine" })).toBeVisible();
    await context.close();
  });

  for (const url of ["/relationships", "/relationships?orgs=1", "/relationships/gb/ua", "/relationships/kr/pk"]) {
    test(`${url} has no accessibility violations`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }

  for (const url of ["/relationships", "/relationships/gb/ua"]) {
    test(`${url} has no accessibility violations in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }

  for (const url of ["/relationships", "/relationships/gb/ua"]) {
    test(`${url} fits a 360 px wide screen without sideways scrolling @phone`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
