// API hygiene through the same handler factories the routes use: ETag and 304, Cache-Control, open
// CORS, and JSON errors carrying the same headers. (The rate limit is the front door's: security-limits.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiGet, detailHandler, jsonError, listHandler, preflight } from "@/lib/api/handlers";
import { getAgreement, listAgreements } from "@/lib/data/agreements";
import { agreementQuerySchema } from "@/lib/schemas/query";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

describe("API hygiene", () => {
  let db: TestDatabase;
  const list = listHandler(() => db.prisma, agreementQuerySchema, listAgreements);
  const detail = detailHandler(() => db.prisma, "agreement", getAgreement);
  const slug = dataset.agreements[0]!.slug;
  const get = (url: string, headers: Record<string, string> = {}) => list(new Request(`http://test/api/v1/agreements${url}`, { headers }));

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("sends a strong ETag that is the hash of the body, and 304 for If-None-Match", async () => {
    const first = await get("?limit=3");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("?limit=3");
    expect(again.headers.get("etag")).toBe(etag);
    expect(await first.text()).toBe(await again.text());

    const notModified = await get("?limit=3", { "If-None-Match": etag! });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("access-control-allow-origin")).toBe("*");

    const other = await get("?limit=4", { "If-None-Match": etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("changes the ETag when the data changes", async () => {
    const before = await detail(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) });
    await db.prisma.agreement.update({ where: { slug }, data: { title: "A changed title for this agreement" } });
    const after = await detail(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) });
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
  });

  it("lets any origin GET, and answers the CORS preflight", async () => {
    const response = await get("?limit=1", { Origin: "https://example.org" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    const options = await preflight();
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-origin")).toBe("*");
    expect(options.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("lets caches keep successes only with revalidation, and never errors", async () => {
    expect((await get("")).headers.get("cache-control")).toBe("public, no-cache"); // kept, but revalidated before each reuse: never stale after an edit
    const bad = await get("?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    const missing = await detail(new Request("http://test/api/v1/agreements/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(((await missing.json()) as { error: string }).error).toContain("nope");
  });


  it("turns a thrown error into a 503 JSON message without details", async () => {
    const broken = apiGet(
      async () => {
        throw new Error("connection refused at 10.0.0.1");
      },
    );
    const response = await broken(new Request("http://test/api/v1/x"));
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("10.0.0.1");
    expect(jsonError(404, "x").headers.get("access-control-allow-origin")).toBe("*");
  });
});
