import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows the tracker's counts and the latest dated events @phone", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: /defence-industrial cooperation/i })).toBeVisible();
    const agreements = (await (await request.get("/api/v1/agreements?limit=200")).json()) as { data: unknown[] };
    const card = page.locator("dl > div").filter({ has: page.getByText("Agreements", { exact: true }) });
    await expect(card.locator("dd").first()).toHaveText(String(agreements.data.length));
    const latest = page.getByRole("region", { name: "Latest events" });
    await expect(latest.getByRole("listitem").first()).toBeVisible();
    await expect(latest.locator("time").first()).toHaveText(/^(\d{1,2}(–\d{1,2})? )?([A-Z][a-z]{2} )?\d{4}$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test("fits a 360 px wide screen without sideways scrolling @phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("renders its numbers without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const actors = page.locator("dl > div").filter({ has: page.getByText("Actors", { exact: true }) }).locator("dd").first();
    await expect(actors).toBeVisible();
    await expect(actors).toHaveText(/^\d+$/);
    await context.close();
  });

  test("answers an unknown page with a real 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: /overview/i })).toHaveAttribute("href", "/");
  });
});
