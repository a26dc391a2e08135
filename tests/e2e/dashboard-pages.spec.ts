// Actor and source pages, the global search by alias, and the 404 for unknown slugs.
import { parseCsv } from "../helpers/csv";
import { expect, test } from "@playwright/test";

test.describe("actor profile", () => {
  test("shows DCI's kind, aliases, 55 % French state ownership, deals with roles and pledges", async ({ page }) => {
    await page.goto("/actors/defense-conseil-international");
    await expect(page.getByRole("heading", { level: 1, name: "Défense Conseil International" })).toBeVisible();
    await expect(page.getByText("Company", { exact: true })).toBeVisible();
    await expect(page.getByText("DCI, Defense Conseil International")).toBeVisible();
    const ownership = page.getByRole("region", { name: "Ownership and membership" });
    await expect(ownership).toContainText("55 % owned by France");
    const deals = page.getByRole("region", { name: /^Deals/ });
    await expect(deals.getByRole("link", { name: "DCI trains Ukrainian soldiers in France and Poland" })).toHaveAttribute(
      "href",
      "/deals/dci-training-ukrainian-soldiers-france-poland",
    );
    await expect(deals).toContainText("Role:");
    await expect(page.getByRole("region", { name: /^Pledges made/ }).getByRole("listitem").first()).toBeVisible();
  });

  test("keeps conflicting statements side by side with their sources", async ({ page }) => {
    await page.goto("/actors/canada");
    const positions = page.getByRole("region", { name: /^Stated positions/ });
    await expect(positions).toContainText("Differing positions");
    await expect(positions).toContainText("Refuses");
    await expect(positions).toContainText("Open");
    await expect(positions.getByRole("link", { name: /Ukrainian news site/ }).first()).toHaveAttribute("href", /^\/sources\//);
  });

  test("its activity chart's CSV matches the chart's table", async ({ page }) => {
    await page.goto("/actors/france");
    const figure = page.getByRole("region", { name: "France: records per year" });
    await figure.getByText(/^Data table/).click();
    const rows = await figure.getByRole("table").getByRole("row").all();
    const table = await Promise.all(rows.map(async (r) => (await r.getByRole("cell").or(r.getByRole("columnheader")).or(r.getByRole("rowheader")).allTextContents()).map((c) => c.trim())));
    const csv = await (await page.request.get((await figure.getByRole("link", { name: /Download CSV/ }).getAttribute("href"))!)).text();
    expect(parseCsv(csv)).toEqual(table);
  });

  test("shows its figures and links without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/actors/defense-conseil-international");
    await expect(page.getByRole("region", { name: "Ownership and membership" })).toContainText("55 % owned by France");
    await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: /Deals/ })).toBeVisible();
    await context.close();
  });

  test("an unknown actor is a 404 page", async ({ page }) => {
    const response = await page.goto("/actors/no-such-actor");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such actor" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Browse all actors" })).toHaveAttribute("href", "/actors");
  });
});

test.describe("sources", () => {
  test("lists the articles with inferred metadata marked", async ({ page }) => {
    const sources = ((await (await page.request.get("/api/v1/sources")).json()) as { data: unknown[] }).data;
    await page.goto("/sources");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(sources.length);
    await expect(page.getByText("inferred").first()).toBeVisible();
  });

  test("a source page lists every record that cites it, with the quote", async ({ page }) => {
    await page.goto("/sources/france24-uk-ukraine-licensed-production-2023");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the metadata was established" })).toBeVisible();
    const citing = page.getByRole("region", { name: "Records that cite this source" });
    await expect(citing.getByRole("link", { name: "British defence firms in talks to build British-designed weapons in Ukraine under licence" })).toHaveAttribute(
      "href",
      "/deals/uk-ukraine-licensed-production-talks",
    );
    await expect(citing.locator("blockquote").first()).toHaveText(/^“.{20,}”$/);
    await expect(citing).toContainText("Party: ");
  });

  test("an unknown source is a 404 page", async ({ page }) => {
    const response = await page.goto("/sources/no-such-source");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such source" })).toBeVisible();
  });
});

test.describe("global search", () => {
  test("the header search finds the United Kingdom by “Britain” @phone", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search actors, deals, pledges and events" });
    await box.fill("Britain");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Britain/);
    const actors = page.getByRole("region", { name: /^Actors/ });
    await expect(actors.getByRole("link", { name: "United Kingdom" })).toHaveAttribute("href", "/actors/united-kingdom");
    await expect(actors).toContainText("also called “Britain”");
    await expect(page.getByRole("region", { name: /^Deals/ }).getByRole("listitem").first()).toBeVisible();
  });

  test("“DCI” finds Défense Conseil International and its deals", async ({ page }) => {
    await page.goto("/search?q=DCI");
    await expect(page.getByRole("region", { name: /^Actors/ }).getByRole("link", { name: "Défense Conseil International" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Deals/ }).getByRole("link", { name: /DCI trains Ukrainian soldiers/ })).toBeVisible();
  });

  test("an empty or over-long query gets a message, not an error", async ({ page }) => {
    expect((await page.goto("/search"))?.status()).toBe(200);
    await expect(page.getByText("Type a name, another name or a few words.")).toBeVisible();
    expect((await page.goto(`/search?q=${"x".repeat(300)}`))?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "Please search" })).toContainText("at most 200 characters");
  });
});
