// The rendered-page cache in front of Next.js (lib/server/page-cache.ts), over a real HTTP server. The
// renderer here stands in for Next.js (the end-to-end tests run the real one behind this cache).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { VersionReader } from "@/lib/data/data-version";
import { RateLimiter } from "@/lib/api/rate-limit";
import { cachingHandler, isCacheableRequest, PageCache, pickEncoding, toCachedPage } from "@/lib/server/page-cache";

let version = 1;
let renders = 0;
let cache: PageCache;
let limiter: RateLimiter | undefined;
let server: http.Server;
let base: string;

/** A renderer like Next's: streams a body in two writes, says no-store like a dynamic page, sometimes 404s or sets a cookie. */
async function render(req: http.IncomingMessage, res: http.ServerResponse) {
  renders += 1;
  const url = req.url ?? "/";
  await new Promise((r) => setTimeout(r, 20));
  if (url.startsWith("/missing")) {
    res.statusCode = 404;
    res.end("not found");
    return;
  }
  if (url.startsWith("/cookie")) res.setHeader("set-cookie", "a=b");
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.write(`<html>${url} at version ${version}, render ${renders}`);
  res.end(`${"x".repeat(4000)}</html>`);
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    void cachingHandler({ cache, version: async () => String(version), handle: render, apiLimiter: () => limiter })(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache = new PageCache();
  limiter = undefined;
  version = 1;
  renders = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("page cache", () => {
  it("renders once, then answers from memory with the same bytes until the data version changes", async () => {
    const first = await get("/deals/a");
    expect(first.headers.get("x-cache")).toBe("MISS");
    const firstBody = await first.text();
    const second = await get("/deals/a");
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(renders).toBe(1);

    version = 2; // an admin edit, a seed or an import
    const third = await get("/deals/a");
    expect(third.headers.get("x-cache")).toBe("MISS");
    expect(await third.text()).toContain("at version 2");
    expect(renders).toBe(2);
  });

  it("keys by the whole URL, query included", async () => {
    await get("/deals?type=A");
    expect((await get("/deals?type=B")).headers.get("x-cache")).toBe("MISS");
    expect((await get("/deals?type=A")).headers.get("x-cache")).toBe("HIT");
  });

  it("renders once for many concurrent first requests (single flight)", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/relationships")));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(renders).toBe(1);
    expect(new Set(bodies).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("x-cache") === "HIT")).toHaveLength(19);
  });

  it("never stores an error, a cookie-setting answer, admin pages, auth or health, bulk downloads or client navigations", async () => {
    for (const [path, headers] of [
      ["/missing", {}],
      ["/cookie", {}],
      ["/admin/agreements", {}],
      ["/api/health", {}],
      ["/api/auth/get-session", {}],
      ["/api/v1/agreements.csv", {}],
      ["/api/v1/export.json", {}],
      ["/deals", { rsc: "1" }],
    ] as [string, Record<string, string>][]) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.headers.get("x-cache"), path).not.toBe("HIT");
    }
    expect(cache.snapshot().entries).toBe(0);
  });

  it("answers the read API from memory within the client's rate limit, and leaves refusals to the app", async () => {
    limiter = new RateLimiter(3);
    expect((await get("/api/v1/agreements?q=a")).headers.get("x-cache")).toBe("MISS"); // the app counts this one itself
    const hit = await get("/api/v1/agreements?q=a");
    expect(hit.headers.get("x-cache")).toBe("HIT");
    expect(hit.headers.get("ratelimit-remaining")).toBe("2");
    expect((await get("/api/v1/agreements?q=a")).headers.get("x-cache")).toBe("HIT");
    expect((await get("/api/v1/agreements?q=a")).headers.get("x-cache")).toBe("HIT");
    const limited = await get("/api/v1/agreements?q=a"); // no token left: the app answers (with its 429)
    expect(limited.headers.get("x-cache")).toBe("MISS");
    expect(renders).toBe(2);
  });

  it("answers 304 to a matching If-None-Match, and compresses for clients that accept it", async () => {
    await get("/sources");
    const hit = await get("/sources");
    const etag = hit.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get("/sources", { "if-none-match": etag })).status).toBe(304);

    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      http.get(`${base}/sources`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe(await hit.text());
  });
});

describe("PageCache bounds", () => {
  it("drops the least recently used entries past its byte budget, and everything when the version moves on", () => {
    const small = new PageCache({ maxBytes: 2500, maxEntryBytes: 2000 });
    const page = (v: string, n: number) => toCachedPage(v, 200, {}, Buffer.alloc(n));
    small.set("/a", page("1", 1000));
    small.set("/b", page("1", 1000));
    expect(small.get("/a", "1")).toBeDefined(); // /a is now the most recent
    small.set("/c", page("1", 1000));
    expect(small.get("/b", "1")).toBeUndefined();
    expect(small.get("/a", "1")).toBeDefined();
    small.set("/huge", page("1", 3000));
    expect(small.get("/huge", "1")).toBeUndefined();
    expect(small.get("/a", "2")).toBeUndefined();
    expect(small.snapshot()).toMatchObject({ entries: 0, bytes: 0 });
    small.set("/late", page("1", 10)); // rendered before the change it missed: not stored
    expect(small.get("/late", "2")).toBeUndefined();
  });
});

describe("request rules", () => {
  it("caches public GETs only", () => {
    const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });
    expect(isCacheableRequest(req("GET", "/deals/x"))).toBe(true);
    expect(isCacheableRequest(req("HEAD", "/"))).toBe(true);
    expect(isCacheableRequest(req("POST", "/deals/x"))).toBe(false);
    expect(isCacheableRequest(req("GET", "/deals/x?_rsc=abc"))).toBe(false);
    expect(isCacheableRequest(req("GET", "/api"))).toBe(true); // the API's documentation page
    expect(isCacheableRequest(req("GET", "/api/v1/pledges?donor=gb"))).toBe(true);
    expect(isCacheableRequest(req("GET", "/api/health"))).toBe(false);
    expect(isCacheableRequest(req("GET", "/api/v1/pledges.csv?donor=gb"))).toBe(false);
    expect(isCacheableRequest(req("GET", "/_next/static/chunks/a.js"))).toBe(false);
    expect(isCacheableRequest(req("GET", "/deals", { "next-router-prefetch": "1" }))).toBe(false);
  });

  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip, br;q=0")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
  });
});

describe("VersionReader", () => {
  it("gives every caller a value read after it asked, with one query for all who wait together", async () => {
    let reads = 0;
    let value = 1;
    const reader = new VersionReader(async () => {
      reads += 1;
      const seen = String(value);
      await new Promise((r) => setTimeout(r, 10));
      return seen;
    });
    const first = reader.get(); // starts a read of version 1
    value = 2; // a write commits while that read is in flight
    const waiting = await Promise.all(Array.from({ length: 10 }, () => reader.get()));
    expect(await first).toBe("1");
    expect(waiting).toEqual(Array(10).fill("2")); // none of them got the read that started before they asked
    expect(reads).toBe(2);
  });
});
