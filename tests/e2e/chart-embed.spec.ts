import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

test.describe("chart embeds", () => {
  test("an overview chart renders inside an iframe on another page, with a source line and a link back", async ({ page, baseURL }) => {
    const response = await page.request.get("/embed/charts/agreements-by-type");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    // A news article on another origin (a throw-away local server) frames the chart.
    const article = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<!doctype html><title>Article</title><h1>An article</h1><iframe title="Chart" src="${baseURL}/embed/charts/agreements-by-type" width="700" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(article.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe[title="Chart"]');
    await expect(frame.getByRole("heading", { name: "Agreements by type" })).toBeVisible();
    await expect(frame.locator("svg[data-chart=agreements-by-type] rect").first()).toBeVisible();
    await expect(frame.getByText(/^Source:/)).toBeVisible();
    await expect(frame.getByRole("link", { name: "Open in the tracker →" })).toHaveAttribute("href", /\/$/);
    article.close();
  });

  test("its table has exactly the numbers of the chart's CSV", async ({ page, request }) => {
    const csv = (await (await request.get("/exports/charts/agreements-by-type.csv")).text()).trim().split(/\r?\n/).slice(1);
    await page.goto("/embed/charts/agreements-by-type");
    await page.getByText("Data table").click();
    const rows = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "").join(",")));
    expect(rows).toEqual(csv.map((line) => line.replace(/"/g, "")));
  });

  test("filters by country like the lists, and refuses an unknown filter", async ({ request }) => {
    const gb = await request.get("/embed/charts/agreements-by-type?country=GB");
    expect(gb.status()).toBe(200);
    expect(await gb.text()).toContain("Selection: United Kingdom");
    const bad = await request.get("/embed/charts/agreements-by-type?colour=red");
    expect(bad.status()).toBe(400);
    const text = await bad.text();
    expect(text).toContain("a filter in its address is not valid");
    expect(text).not.toContain("colour"); // a frameable page never repeats the address's words
    expect((await request.get("/embed/charts/no-such-chart")).status()).toBe(404);
  });
});
