import { expect, test } from "@playwright/test";

test.describe("relationship pair pages in pages", () => {
  test("a bad page number is named and page 1 shown; a page past the end shows the last page", async ({ page }) => {
    const bad = await page.goto("/relationships/gb/ua?events-page=abc");
    expect(bad?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "were ignored" })).toContainText("events-page: page must be a whole number from 1.");
    await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem").first()).toBeVisible();

    const past = await page.goto("/relationships/gb/ua?events-page=999");
    expect(past?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "were ignored" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Events" }).getByRole("listitem").first()).toBeVisible();
    // The seed's sections fit on one page: no page links, no "Showing" line.
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
    await expect(page.getByText(/^Showing \d/)).toHaveCount(0);
  });

  test("the reversed address keeps its page numbers when it redirects", async ({ page }) => {
    await page.goto("/relationships/ua/gb?pledges-page=2");
    await expect(page).toHaveURL(/\/relationships\/gb\/ua\?pledges-page=2$/);
  });
});
