// API hygiene through the same handler factories the routes use: ETag and 304, Cache-Control, open
// CORS, the rate limit's 429, and JSON errors carrying the same headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiGet, detailHandler, jsonError, listHandler, preflight } from "@/lib/api/handlers";
import { RateLimiter } from "@/lib/api/rate-limit";
import { getAgreement, listAgreements } from "@/lib/data/agreements";
import { agreementQuerySchema } from "@/lib/schemas/query";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

describe("API hygiene", () => {
  let db: TestDatabase;
  const unlimited = new RateLimiter(0);
  const list = listHandler(() => db.prisma, agreementQuerySchema, listAgreements, { limiter: unlimited });
  const detail = detailHandler(() => db.prisma, "agreement", getAgreement, { limiter: unlimited });
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

  it("caches successes publicly and never caches errors", async () => {
    expect((await get("")).headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const bad = await get("?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    const missing = await detail(new Request("http://test/api/v1/agreements/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(((await missing.json()) as { error: string }).error).toContain("nope");
  });

  it("answers 429 JSON with Retry-After once a client exceeds the limit, per client", async () => {
    const limited = listHandler(() => db.prisma, agreementQuerySchema, listAgreements, { limiter: new RateLimiter(2) });
    const from = (ip: string) => limited(new Request("http://test/api/v1/agreements?limit=1", { headers: { "x-forwarded-for": ip } }));
    expect((await from("192.0.2.1")).status).toBe(200);
    expect((await from("192.0.2.1")).status).toBe(200);
    const refused = await from("192.0.2.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect(((await refused.json()) as { error: string }).error).toMatch(/2 requests a minute.*Try again in \d+ s/);
    expect((await from("192.0.2.2")).status).toBe(200);
  });

  it("turns a thrown error into a 503 JSON message without details", async () => {
    const broken = apiGet(
      async () => {
        throw new Error("connection refused at 10.0.0.1");
      },
      { limiter: unlimited },
    );
    const response = await broken(new Request("http://test/api/v1/x"));
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("10.0.0.1");
    expect(jsonError(404, "x").headers.get("access-control-allow-origin")).toBe("*");
  });
});
