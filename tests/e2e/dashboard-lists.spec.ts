// The filterable lists: every filter lives in the URL (reload and back button keep it), search,
// sorting, pages, CSV of the current selection, and numbers without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../helpers/csv";

type ApiList = { data: { slug: string; title: string; status?: string }[] };

async function apiList(page: Page, path: string): Promise<ApiList["data"]> {
  const response = await page.request.get(path);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as ApiList).data;
}

const resultCount = (page: Page) => page.getByTestId("result-count");

async function openGroup(page: Page, name: string) {
  const summary = page.locator("summary").filter({ hasText: new RegExp(`^${name}`) });
  if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
}

test.describe("deals list", () => {
  test("lists every seeded deal, each linking to its own page", async ({ page }) => {
    const all = await apiList(page, "/api/v1/agreements?limit=200");
    await page.goto("/deals");
    await expect(page.getByRole("heading", { level: 1, name: "Deals" })).toBeVisible();
    await expect(resultCount(page)).toHaveText(String(all.length));
    const first = page.getByRole("article").first().getByRole("heading").getByRole("link");
    await expect(first).toHaveAttribute("href", /^\/deals\/[a-z0-9-]+$/);
  });

  test("a status filter round-trips through the URL: apply, reload, back", async ({ page }) => {
    const all = await apiList(page, "/api/v1/agreements?limit=200");
    const inTalks = await apiList(page, "/api/v1/agreements?status=IN_TALKS&limit=200");
    expect(inTalks.length).toBeGreaterThan(0);
    expect(inTalks.length).toBeLessThan(all.length);

    await page.goto("/deals");
    await openGroup(page, "Status");
    await page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: "In talks" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]status=IN_TALKS(&|$)/);
    // Other test files add agreements to the same database while this runs: compare with the API now.
    const countNow = async (url: string) => String((await apiList(page, url)).length);
    await expect.poll(async () => (await resultCount(page).textContent()) === (await countNow("/api/v1/agreements?status=IN_TALKS&limit=200"))).toBe(true);
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Status: In talks");

    await page.reload();
    await expect.poll(async () => (await resultCount(page).textContent()) === (await countNow("/api/v1/agreements?status=IN_TALKS&limit=200"))).toBe(true);
    await expect(page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: "In talks" })).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL(/\/deals$/);
    await expect.poll(async () => (await resultCount(page).textContent()) === (await countNow("/api/v1/agreements?limit=200"))).toBe(true);
  });

  test("country, party, year range and full-text search combine, as in the API", async ({ page }) => {
    const expected = await apiList(page, "/api/v1/agreements?country=GB&from=2023&to=2023&limit=200");
    await page.goto("/deals");
    await page.getByLabel("Country").selectOption("GB");
    await page.getByLabel("From year").selectOption("2023");
    await page.getByLabel("To year").selectOption("2023");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=GB/);
    await expect(page).toHaveURL(/from=2023/);
    await expect(resultCount(page)).toHaveText(String(expected.length));

    await page.goto(`/deals?q=${encodeURIComponent("licensed production artillery")}`);
    await expect(page.getByRole("searchbox", { name: "Search deals" })).toHaveValue("licensed production artillery");
    await expect(page.getByRole("link", { name: /British defence firms in talks to build British-designed weapons/ })).toBeVisible();
  });

  test("sorting and numbered pages keep the filters in the URL", async ({ page }) => {
    const all = await apiList(page, "/api/v1/agreements?limit=200");
    await page.goto("/deals?per=10&sort=title");
    const titles = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(titles).toHaveLength(Math.min(10, all.length));
    // First letters never go backwards (the exact order of the rest depends on the database's collation).
    const initials = titles.map((t) => t[0]!.toLowerCase());
    expect(initials).toEqual([...initials].sort());
    const pages = page.getByRole("navigation", { name: "Pages" });
    await pages.getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=title/);
    await expect(page.getByText(`Showing 11–${all.length} of`)).toBeVisible();
    await page.getByRole("combobox", { name: "Sort" }).selectOption("oldest");
    await expect(page).toHaveURL(/sort=oldest/);
    await expect(page).not.toHaveURL(/page=2/);
  });

  test("the CSV holds exactly the current selection", async ({ page }) => {
    const inTalks = await apiList(page, "/api/v1/agreements?status=IN_TALKS&limit=200");
    await page.goto("/deals?status=IN_TALKS");
    const link = page.getByRole("link", { name: "Download CSV" });
    await expect(link).toHaveAttribute("href", "/exports/deals.csv?status=IN_TALKS");
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [header, ...rows] = parseCsv(await response.text());
    // One column list per entity: the selection has the columns of the API's agreements.csv.
    const [apiHeader] = parseCsv(await (await page.request.get("/api/v1/agreements.csv")).text());
    expect(header).toEqual(apiHeader);
    expect(rows.map((r) => r[0]).sort()).toEqual(inTalks.map((d) => d.slug).sort());
    const status = header!.indexOf("status");
    expect(rows.map((r) => r[status])).toEqual(rows.map(() => "IN_TALKS"));
  });

  test("a bad filter value is ignored with a message, not an error page", async ({ page }) => {
    const response = await page.goto("/deals?status=FINISHED&country=GB");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "ignored" })).toContainText("status");
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Country: United Kingdom");
  });

  test("shows the numbers without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/deals?status=IN_TALKS");
    await expect(resultCount(page)).toBeVisible();
    await expect(resultCount(page)).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByRole("article").first()).toBeVisible();
    await context.close();
  });
});

test.describe("pledges list", () => {
  test("shows item, quantity, original value and status, undisclosed never as 0", async ({ page }) => {
    const all = await apiList(page, "/api/v1/pledges?limit=200");
    await page.goto("/pledges");
    await expect(resultCount(page)).toHaveText(String(all.length));
    const tanks = page.locator("#pledge-uk-challenger-2-tanks");
    await expect(tanks).toContainText("14 tanks");
    await expect(tanks).toContainText("Undisclosed");
    await expect(tanks).toContainText("Pledged");
    await expect(page.locator("#pledge-us-weapons-equipment-2bn")).toContainText("$2 billion");
  });

  test("the donor-country filter round-trips and matches the API", async ({ page }) => {
    const fromUs = await apiList(page, "/api/v1/pledges?donor=US&limit=200");
    await page.goto("/pledges");
    await page.getByRole("combobox", { name: "Donor country" }).selectOption("US");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/donor=US/);
    await expect(resultCount(page)).toHaveText(String(fromUs.length));
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Donor country" })).toHaveValue("US");
    await page.goBack();
    await expect(page).toHaveURL(/\/pledges$/);
  });
});

test.describe("actors list and timeline", () => {
  test("lists actors by kind and finds one by alias", async ({ page }) => {
    await page.goto("/actors?type=COMPANY");
    await expect(page.getByRole("link", { name: "Défense Conseil International" })).toBeVisible();
    await page.goto("/actors?q=Britain");
    await expect(page.getByRole("link", { name: "United Kingdom" })).toBeVisible();
  });

  test("the timeline shows dates with their precision and filters by year through the URL", async ({ page }) => {
    await page.goto("/timeline?per=100");
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
    const meeting = page.getByRole("article", { name: "Allied armaments directors meet in Brussels (NATO, Contact Group, EU)" });
    await expect(meeting.locator("time").first()).toHaveText("27–29 Sep 2022");
    const statement = page.getByRole("article", { name: "Stoltenberg: NATO must increase ammunition production" });
    await expect(statement.locator("time").first()).toHaveText("Feb 2023");
    await expect(statement).toContainText("(inferred)");
    const in2024 = await apiList(page, "/api/v1/events?from=2024&to=2024&limit=200");
    await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/year=2024/);
    await expect(resultCount(page)).toHaveText(String(in2024.length));
    await page.reload();
    await expect(resultCount(page)).toHaveText(String(in2024.length));
    await page.goBack();
    await expect(page).toHaveURL(/\/timeline\?per=100$/);
  });

  test("lists fit a 360 px screen without sideways scrolling @phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/deals", "/pledges", "/actors", "/timeline", "/sources"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
