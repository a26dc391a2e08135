// The rendered-response cache in front of Next.js (used by scripts/serve.ts). Public pages read only
// the URL and the database — never cookies or headers — so a rendered page is the same for every
// reader until the data changes. Each entry is tagged with the database's data version (the
// trigger-bumped `DataVersion` row, lib/data/data-version.ts) read *before* rendering; every request
// reads the version afresh (concurrent readers share one query: `dataVersion`), so an admin edit, a seed, an import
// or hand-written SQL is visible on the very next request, on every app instance. See
// docs/decisions/036-rendered-page-cache.md.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { clientKeyOf } from "@/lib/api/rate-limit";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Paths never cached: admin (per user), other API routes (auth, health), Next's assets (immutable files already), downloads. */
const BYPASS_PREFIXES = ["/admin", "/_next/", "/exports/"];
/** The read API is cached, but for its streamed bulk downloads (too large to keep, and compressed by Next as they stream). */
const API_PREFIX = "/api/v1/";
const isBulkDownload = (pathname: string) => pathname.endsWith(".csv") || pathname.endsWith("/export.json");
/** Request headers of Next's client-side navigation and server actions: those answers are not documents. */
const BYPASS_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** Response headers not stored: per-connection, recomputed, or per-user. */
const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "ratelimit-limit", "ratelimit-remaining"]);
/** What a page answer says about caching when the origin called it private (Next does for every dynamic page). */
export const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The Cache-Control a stored answer is sent with: the origin's own, unless it forbids sharing. */
function sharedCacheControl(origin: string): string {
  return !origin || /private|no-store|no-cache/.test(origin) ? PAGE_CACHE_CONTROL : origin;
}

export function isCacheableRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  const pathname = url.split("?", 1)[0]!;
  if (BYPASS_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return false;
  if (pathname.startsWith("/api/") && (!pathname.startsWith(API_PREFIX) || isBulkDownload(pathname))) return false;
  if (/[?&]_rsc=/.test(url)) return false;
  if (BYPASS_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  if (req.headers.range !== undefined) return false;
  return true;
}

export interface CachedPage {
  version: string;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  gzip?: Promise<Buffer>;
  br?: Promise<Buffer>;
}

export interface PageCacheOptions {
  /** Total bytes of bodies kept (least recently used dropped first). */
  maxBytes?: number;
  /** Largest single body kept. */
  maxEntryBytes?: number;
}

export interface PageCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  bypasses: number;
}

/** Rendered answers by URL, tagged with the data version they were rendered at; bounded by bytes (LRU). */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly pending = new Map<string, Promise<CachedPage | undefined>>();
  private bytes = 0;
  private latestVersion?: string;
  readonly stats = { hits: 0, misses: 0, bypasses: 0 };
  readonly maxBytes: number;
  readonly maxEntryBytes: number;

  constructor(options: PageCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  }

  snapshot(): PageCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.stats };
  }

  /** The entry for `key` rendered at `version`, or undefined. A newer version drops every entry rendered before it. */
  get(key: string, version: string): CachedPage | undefined {
    this.observe(version);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key); // most recently used last
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedPage): void {
    if (entry.body.length > this.maxEntryBytes) return;
    if (this.latestVersion !== undefined && BigInt(entry.version) < BigInt(this.latestVersion)) return; // rendered at a version already superseded
    this.observe(entry.version);
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    while (this.bytes > this.maxBytes && this.entries.size > 0) this.remove(this.entries.keys().next().value!);
  }

  /** Single flight: concurrent misses of one key wait for the first render instead of each rendering. */
  inflight(key: string): Promise<CachedPage | undefined> | undefined {
    return this.pending.get(key);
  }

  track(key: string, render: Promise<CachedPage | undefined>): void {
    this.pending.set(key, render);
    const done = () => {
      if (this.pending.get(key) === render) this.pending.delete(key);
    };
    render.then(done, done);
  }

  private observe(version: string) {
    if (version === this.latestVersion) return;
    // Versions only grow; compare numerically (they are bigint counters as text).
    if (this.latestVersion !== undefined && BigInt(version) < BigInt(this.latestVersion)) return;
    this.latestVersion = version;
    for (const [key, entry] of this.entries) if (entry.version !== version) this.remove(key);
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

export function etagOf(body: Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** The stored form of a rendered answer: headers without per-connection ones, Cache-Control made public. */
export function toCachedPage(version: string, status: number, headers: OutgoingHttpHeaders, body: Buffer): CachedPage {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !DROPPED_HEADERS.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
  kept["cache-control"] = sharedCacheControl(String(kept["cache-control"] ?? ""));
  const vary = String(kept.vary ?? "");
  if (!/accept-encoding/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  // The origin's own ETag (the API's and the feeds' are hashes of these very bytes) is kept; Next's pages have none.
  const etag = typeof kept.etag === "string" && /^"[^"]+"$/.test(kept.etag) ? kept.etag : etagOf(body);
  delete kept.etag;
  return { version, status, headers: kept, body, etag };
}

/** Whether a finished render may be stored: a plain 200 that sets no cookie. */
export function isStorable(status: number, headers: OutgoingHttpHeaders): boolean {
  return status === 200 && headers["set-cookie"] === undefined;
}

type Encoding = "br" | "gzip" | "identity";

export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  const accepted = new Map<string, number>();
  for (const part of value.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  if ((accepted.get("br") ?? 0) > 0) return "br";
  if ((accepted.get("gzip") ?? 0) > 0) return "gzip";
  return "identity";
}

function compressed(entry: CachedPage, encoding: Exclude<Encoding, "identity">): Promise<Buffer> {
  if (encoding === "gzip") return (entry.gzip ??= gzipAsync(entry.body, { level: 6 }));
  return (entry.br ??= brotliAsync(entry.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }));
}

/** Answers from a stored entry: 304 when the client has it, compressed when the client accepts it. */
export async function sendCached(req: IncomingMessage, res: ServerResponse, entry: CachedPage, extra: OutgoingHttpHeaders = {}): Promise<void> {
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag, "x-cache": "HIT", ...extra };
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  const body = encoding === "identity" || entry.body.length < 1024 ? entry.body : await compressed(entry, encoding);
  if (body !== entry.body) headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Lets `handler` render into `res` as usual while recording what it writes. Resolves with the status,
 * headers and body once the answer ends (undefined if it was too large, or the client went away).
 */
export function recordResponse(res: ServerResponse, maxBytes: number, beforeHead: () => void): Promise<{ status: number; headers: OutgoingHttpHeaders; body: Buffer } | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    let headed = false;
    const head = () => {
      if (headed) return;
      headed = true;
      if (!res.headersSent) beforeHead();
    };
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding) : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxBytes) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buffer);
    };
    const originalWriteHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean;
    const originalEnd = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      head();
      return originalWriteHead(...args);
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      head();
      keep(chunk, rest[0]);
      return originalWrite(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      head();
      keep(chunk, rest[0]);
      return originalEnd(chunk, ...rest);
    }) as typeof res.end;
    res.once("finish", () => {
      if (overflow) return resolve(undefined);
      resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    });
    res.once("close", () => {
      if (!res.writableFinished) resolve(undefined);
    });
  });
}

/** The read API's per-client limit (lib/api/rate-limit.ts), applied to answers from the cache too. */
export interface Limiter {
  take(key: string): { allowed: boolean; limit: number; remaining: number };
}

export interface CachingHandlerOptions {
  cache: PageCache;
  /** The limiter the API's handlers use, once they have made it; a cached API answer counts like any other. */
  apiLimiter?: () => Limiter | undefined;
  /** The current data version, or undefined when the database isn't reachable yet (then nothing is cached). */
  version: () => Promise<string | undefined>;
  /** Next's request handler. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  onError?: (error: unknown) => void;
}

/** Wraps Next's request handler with the page cache. */
export function cachingHandler({ cache, version, handle, onError, apiLimiter }: CachingHandlerOptions) {
  /** Serves a stored answer; for the API only within the client's rate limit (else Next answers, with its 429). */
  const serve = async (req: IncomingMessage, res: ServerResponse, entry: CachedPage): Promise<boolean> => {
    let extra: OutgoingHttpHeaders = {};
    if ((req.url ?? "").startsWith(API_PREFIX)) {
      const limiter = apiLimiter?.();
      if (!limiter) return false;
      const decision = limiter.take(clientKeyOf(req.headers["x-forwarded-for"] as string | undefined, req.headers["x-real-ip"] as string | undefined, req.socket.remoteAddress));
      if (!decision.allowed) return false;
      if (decision.limit > 0) extra = { "ratelimit-limit": String(decision.limit), "ratelimit-remaining": String(decision.remaining) };
    }
    cache.stats.hits += 1;
    await sendCached(req, res, entry, extra);
    return true;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isCacheableRequest(req)) return handle(req, res);
    const key = req.url ?? "/";
    let current: string | undefined;
    try {
      current = await version();
    } catch (error) {
      onError?.(error);
    }
    if (current === undefined) {
      cache.stats.bypasses += 1;
      res.setHeader("x-cache", "BYPASS");
      return handle(req, res);
    }
    const hit = cache.get(key, current);
    if (hit && (await serve(req, res, hit))) return;
    const waiting = hit ? undefined : cache.inflight(key);
    if (waiting) {
      const rendered = await waiting.catch(() => undefined);
      if (rendered && rendered.version === current && (await serve(req, res, rendered))) return;
    }
    cache.stats.misses += 1;
    if (req.method === "HEAD") {
      res.setHeader("x-cache", "MISS");
      return handle(req, res);
    }
    // Render identity bytes: compression is applied from the stored body, once per entry. (Next's
    // compression reads the header only when the answer starts, so it stays removed for good.)
    delete req.headers["accept-encoding"];
    const recorded = recordResponse(res, cache.maxEntryBytes, () => {
      res.setHeader("x-cache", "MISS");
      if (isStorable(res.statusCode, res.getHeaders())) res.setHeader("cache-control", sharedCacheControl(String(res.getHeader("cache-control") ?? "")));
    }).then((r) => {
      if (!r || !isStorable(r.status, r.headers)) return undefined;
      const entry = toCachedPage(current, r.status, r.headers, r.body);
      cache.set(key, entry);
      return entry;
    });
    cache.track(key, recorded);
    await handle(req, res);
  };
}
