// axe on every dashboard route (and on the 404 page of an unknown actor).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const routes = [
  "/",
  "/deals",
  "/deals?status=IN_TALKS&country=GB",
  "/pledges",
  "/actors",
  "/actors/defense-conseil-international",
  "/actors/france",
  "/timeline",
  "/timeline?year=2024",
  "/sources",
  "/sources/france24-uk-ukraine-licensed-production-2023",
  "/search?q=Britain",
  "/actors/no-such-actor",
];

for (const route of routes) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${route} has no accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      // Bring each lazily drawn chart into view and wait until it is drawn, so its markup is checked too.
      for (const chart of await page.locator('[role="img"][aria-label$="The same numbers are in the table below."]').all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect(chart.locator("svg").first()).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`,
        ),
      ).toEqual([]);
    });
  }
}

test("the filter panel works from the keyboard alone", async ({ page }) => {
  await page.goto("/deals");
  await page.getByRole("searchbox", { name: "Search deals" }).focus();
  await page.keyboard.type("DCI");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=DCI/);
  await expect(page.getByTestId("result-count")).toHaveText(/^[1-9]\d*$/);
});
