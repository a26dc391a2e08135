// The production server's HTTP cache (lib/server/http-cache.ts through the front door,
// lib/server/front.ts), over real HTTP. The stand-in origin follows the app's caching rule
// (lib/http/cache-policy.ts): `no-cache` with an ETag naming the data version, 304 while it holds.
import type http from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { VersionReader } from "@/lib/data/data-version";
import { etagMatches } from "@/lib/http/cache-policy";
import { HttpCache, pickEncoding } from "@/lib/server/http-cache";
import { parseRequestTarget } from "@/lib/server/request-target";
import { frontFor, listen, raw, type Served } from "../helpers/front";

let version = 1;
let renders = 0;
let revalidations = 0;
let seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
let cache: HttpCache;
let origin: Served;
let front: Served;

/** Like the app: public pages `no-cache` + ETag of the version; admin private; robots.txt small; a cookie on /login. */
function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? "/";
  seen.push({ url, headers: req.headers });
  const etag = `W/"p-test-${version}"`;
  if (url.startsWith("/admin")) {
    renders += 1;
    res.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate", etag });
    res.end("<html>admin</html>");
    return;
  }
  if (req.headers["if-none-match"] === etag) {
    revalidations += 1;
    res.writeHead(304, { etag, "cache-control": "no-cache" });
    res.end();
    return;
  }
  renders += 1;
  if (url.startsWith("/missing")) {
    res.writeHead(404, { "content-type": "text/html", "cache-control": "no-cache", etag });
    res.end("not found");
    return;
  }
  const headers: http.OutgoingHttpHeaders = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", etag, vary: "rsc, Accept-Encoding", "content-security-policy": `script-src 'nonce-n${renders}'` };
  if (url.startsWith("/login")) headers["set-cookie"] = "a=b";
  res.writeHead(200, headers);
  if (url.startsWith("/robots.txt")) res.end("User-agent: *\nAllow: /\n");
  else res.end(`<html>${url} at version ${version}, render ${renders} ${"x".repeat(4000)}</html>`);
}

beforeAll(async () => {
  origin = await listen(app);
});
afterAll(() => origin.close());
beforeEach(async () => {
  await front?.close();
  cache = new HttpCache({ maxBytes: 8 * 1024 * 1024 });
  front = await frontFor(origin, { cache });
  version = 1;
  renders = 0;
  revalidations = 0;
  seen = [];
});
afterAll(() => front.close());

const get = (target: string, headers: Record<string, string> = {}) => raw(front, target, headers);

describe("HTTP page cache", () => {
  it("renders once, then revalidates each reuse with the app (304) and answers from memory; an edit shows at once", async () => {
    const first = await get("/deals/a");
    expect(first.headers["x-cache"]).toBe("MISS");
    const second = await get("/deals/a");
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.headers["cache-control"]).toBe("no-cache"); // the app's own rule, passed on unchanged
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]); // the nonce stays with its body
    expect(renders).toBe(1);
    expect(revalidations).toBe(1);
    expect(seen[1]!.headers["if-none-match"]).toBe('W/"p-test-1"');

    version = 2; // an admin edit, a seed or an import, on any instance
    const third = await get("/deals/a");
    expect(third.headers["x-cache"]).toBe("MISS");
    expect(third.body.toString()).toContain("at version 2");
  });

  it("renders once for many concurrent first requests (single flight)", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/relationships")));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.body.toString())).size).toBe(1);
  });

  it("never stores or serves a cached answer for a request carrying a session cookie", async () => {
    await get("/deals/b");
    await get("/deals/b");
    const before = cache.snapshot().entries;
    const signedIn = { cookie: "theme=dark; better-auth.session_token=abc.def" };
    const answer = await get("/deals/b", signedIn);
    expect(answer.headers["x-cache"]).toBeUndefined(); // straight from the app
    expect(seen.at(-1)!.headers["if-none-match"]).toBeUndefined();
    expect(renders).toBe(2);
    await get("/deals/c", { cookie: "__Secure-better-auth.session_token=abc" });
    expect(cache.snapshot().entries).toBe(before);
  });

  it("honours private/no-store: never stored, and the app's Cache-Control is passed on unchanged", async () => {
    const first = await get("/admin/agreements");
    const second = await get("/admin/agreements");
    expect(second.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual([undefined, undefined]);
    await get("/login");
    expect((await get("/login")).headers["x-cache"]).not.toBe("HIT"); // sets a cookie: not stored
    await get("/missing");
    expect((await get("/missing")).headers["x-cache"]).not.toBe("HIT");
    expect(cache.snapshot().entries).toBe(0);
  });

  it("keys on the decoded, normalised target: one entry whatever the spelling", async () => {
    for (const target of ["/deals/abc?b=1&a=2", "/deals/%61bc?a=2&b=1", "/deals//abc?a=%32&b=1", "/deals/./x/../abc?a=2&b=1", "http://example.org/deals/abc?a=2&b=1"]) await get(target);
    expect(renders).toBe(1);
    expect(cache.snapshot().entries).toBe(1);
    expect(seen.every((s) => s.url === "/deals/abc?a=2&b=1")).toBe(true);
    await get("/deals?q=a+b");
    expect((await get("/deals?q=a%20b")).headers["x-cache"]).toBe("HIT");
  });

  it("refuses a malformed target with 400 and never stores long query strings", async () => {
    expect((await get("/deals/%")).status).toBe(400);
    const long = `/deals?q=${"a".repeat(2000)}`;
    await get(long);
    expect((await get(long)).headers["x-cache"]).toBeUndefined(); // straight from the app
    expect(renders).toBe(2);
    expect(cache.snapshot().entries).toBe(0);
  });

  it("answers 304 to the client's If-None-Match, and compresses once per entry (the copies counted)", async () => {
    await get("/sources");
    const hit = await get("/sources");
    expect((await get("/sources", { "if-none-match": String(hit.headers.etag) })).status).toBe(304);
    const before = cache.snapshot().bytes;
    const gz = await get("/sources", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(hit.body.toString());
    expect(cache.snapshot().bytes).toBe(before + Number(gz.headers["content-length"]));
  });
});

describe("HTTP page cache bounds", () => {
  it("stays under its budget with 20,000 unique long URLs on /robots.txt, counting keys and headers, and keeps pages readers come back to", async () => {
    await front.close();
    const budget = 2 * 1024 * 1024;
    cache = new HttpCache({ maxBytes: budget });
    front = await frontFor(origin, { cache });
    const pages = ["/deals/a", "/deals/b", "/actors/x"];
    for (const page of pages) await get(page);
    for (const page of pages) expect((await get(page)).headers["x-cache"]).toBe("HIT"); // reused: protected
    let peak = 0;
    const filler = "z".repeat(900);
    for (let i = 0; i < 20_000; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => get(`/robots.txt?${filler}${i + j}`)));
      peak = Math.max(peak, cache.snapshot().bytes);
    }
    // Each robots.txt entry is ~0.1 kB of body but ~2 kB of key: counting bodies only would have let ~40 MB in.
    expect(peak).toBeLessThanOrEqual(budget);
    for (const page of pages) expect((await get(page)).headers["x-cache"], page).toBe("HIT");
  }, 120_000);
});

describe("request target", () => {
  it("turns absolute-form into origin-form and decodes for matching", () => {
    expect(parseRequestTarget("http://evil.example/api/v1/agreements%2Ecsv?x=1")).toMatchObject({ pathname: "/api/v1/agreements.csv", url: "/api/v1/agreements.csv?x=1" });
    expect(parseRequestTarget("//api/v1/../v1/export.json")?.pathname).toBe("/api/v1/export.json");
    expect(parseRequestTarget("*")).toBeNull();
    expect(parseRequestTarget("/deals/%zz")).toBeNull();
  });
});

describe("negotiation and validators", () => {
  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip, br;q=0")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
  });

  it("If-None-Match matches the same tag, weak or strong, in a list, or *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});

describe("VersionReader", () => {
  it("gives every caller a value read after it asked, with one query for all who wait together", async () => {
    let reads = 0;
    let value = 1;
    const reader = new VersionReader(async () => {
      reads += 1;
      const read = String(value);
      await new Promise((r) => setTimeout(r, 10));
      return read;
    });
    const first = reader.get();
    value = 2; // a write commits while that read is in flight
    const waiting = await Promise.all(Array.from({ length: 10 }, () => reader.get()));
    expect(await first).toBe("1");
    expect(waiting).toEqual(Array(10).fill("2"));
    expect(reads).toBe(2);
  });
});
