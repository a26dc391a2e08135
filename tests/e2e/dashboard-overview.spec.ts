// The overview: headline figures, charts with their tables, CSV files of exactly the charts' numbers.
import { expect, test, type Locator } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parseCsv } from "../helpers/csv";

async function tableOf(table: Locator): Promise<string[][]> {
  const rows = await table.getByRole("row").all();
  return Promise.all(rows.map(async (r) => (await r.locator("th, td").allTextContents()).map((c) => c.trim())));
}


test.describe("overview", () => {
  test("headline figures count the seeded records and link to the lists", async ({ page }) => {
    const pledges = ((await (await page.request.get("/api/v1/pledges?limit=200")).json()) as { data: { value: { disclosure: string } }[] }).data;
    await page.goto("/");
    const agreements = page.locator("dl > div").filter({ has: page.getByText("Agreements", { exact: true }) });
    await expect(agreements.getByRole("link").first()).toHaveAttribute("href", "/deals");
    const value = page.locator("dl > div").filter({ hasText: "Known value of pledges made" });
    await expect(value).toContainText(/\$[\d.]+ (billion|million)/);
    await expect(value).toContainText(/of which undisclosed: \d+ pledges?/);
    expect(pledges.some((p) => p.value.disclosure === "UNDISCLOSED")).toBe(true);
  });

  for (const title of ["Pledges by donor country", "Pledged, delivered or refused", "Agreements by type", "Agreements by status", "Cooperation over time"]) {
    test(`“${title}” has a unit, a source line, a table and a CSV with exactly the table's numbers`, async ({ page }) => {
      await page.goto("/");
      const figure = page.getByRole("region", { name: title });
      await expect(figure.getByText(/^Source: /)).toBeVisible();
      const details = figure.locator("details");
      if (await details.count()) await details.locator("summary").click();
      const table = await tableOf(figure.getByRole("table"));
      expect(table.length).toBeGreaterThan(1);
      const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("link", { name: /Download CSV/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = parseCsv(await readFile((await download.path())!, "utf8"));
      expect(csv).toEqual(table);
    });
  }

  test("pledges by donor country add up to every pledge, and a row opens the filtered list", async ({ page }) => {
    const pledges = ((await (await page.request.get("/api/v1/pledges?limit=200")).json()) as { data: unknown[] }).data;
    await page.goto("/");
    const figure = page.getByRole("region", { name: "Pledges by donor country" });
    const table = await tableOf(figure.getByRole("table"));
    const total = table.slice(1).reduce((n, row) => n + Number(row.at(-1)), 0);
    expect(total).toBe(pledges.length);
    const us = figure.getByRole("rowheader").getByRole("link", { name: "United States" });
    await expect(us).toHaveAttribute("href", "/pledges?donor=US");
    const usTotal = Number(table.find((r) => r[0] === "United States")!.at(-1));
    await us.click();
    await expect(page.getByTestId("result-count")).toHaveText(String(usTotal));
  });

  test("draws the charts with recharts once they scroll into view", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByRole("img", { name: /^Agreements by type/ });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  });

  test("shows the chart numbers without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const table = page.getByRole("region", { name: "Agreements by status" }).getByRole("table");
    await expect(table).toBeVisible();
    await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(/^\d+$/);
    await context.close();
  });
});
