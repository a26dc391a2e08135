import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("health answers ok without saying which database runs", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("/api/v1/agreements returns the seeded deals with their parties and quotes", async ({ request }) => {
    const response = await request.get("/api/v1/agreements?q=licensed%20production%20artillery");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      data: { slug: string; parties: { role: string; actor: { slug: string; countryCode: string | null } }[]; citations: { quote: string; source: { slug: string } }[] }[];
      nextCursor: string | null;
    };
    const deal = body.data.find((d) => d.slug === "uk-ukraine-licensed-production-talks");
    expect(deal).toBeDefined();
    expect(deal!.parties.map((p) => p.actor.countryCode)).toEqual(expect.arrayContaining(["GB", "UA"]));
    expect(deal!.citations[0]!.quote.length).toBeGreaterThan(20);
    expect(body).toHaveProperty("nextCursor");
  });

  test("a bad query parameter is a 400 with the issues, never a 500", async ({ request }) => {
    const response = await request.get("/api/v1/pledges?limit=9999&status=maybe");
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(["limit", "status"]);
  });

  test("an unknown slug and an unknown collection are 404 JSON", async ({ request }) => {
    const deal = await request.get("/api/v1/agreements/no-such-deal");
    expect(deal.status()).toBe(404);
    expect(((await deal.json()) as { error: string }).error).toContain("no-such-deal");
    const collection = await request.get("/api/v1/submarines");
    expect(collection.status()).toBe(404);
    expect(collection.headers()["content-type"]).toContain("application/json");
  });
});
