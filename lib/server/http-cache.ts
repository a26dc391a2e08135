// A shared HTTP cache in front of the app, with the semantics nginx or a CDN would apply to the same
// responses (RFC 9111): it stores what the app marks storable and revalidates each reuse with
// If-None-Match when the app says `no-cache`. It knows nothing about Next.js or the database: the
// app's ETag names the data version and the app answers 304 while it holds (proxy.ts, lib/api), so an
// edit on any instance is never served stale here. See docs/decisions/072-http-page-cache.md.
//
// Bounds: every byte an entry holds counts against `maxBytes` — key, headers, body and its brotli and
// gzip copies. Entries enter a probation segment (a fifth of the budget) and move to the protected
// segment on their first reuse, so a flood of one-off URLs only churns probation and never evicts
// pages that readers come back to (segmented LRU).
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { etagMatches } from "@/lib/http/cache-policy";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Response headers never stored: per-connection, recomputed per answer, or per client. */
const UNSTORED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie", "x-cache", "ratelimit-limit", "ratelimit-remaining"]);
/** Fixed overhead counted per entry (object, maps, bookkeeping). */
const ENTRY_OVERHEAD = 512;

export interface StoredResponse {
  key: string;
  status: number;
  headers: OutgoingHttpHeaders;
  etag: string;
  body: Buffer;
  /** Request header values the response varies on (Vary), Accept-Encoding excepted: this cache negotiates it itself. */
  varies: [string, string][];
  br?: Buffer;
  gzip?: Buffer;
  pending?: Partial<Record<"br" | "gzip", Promise<Buffer>>>;
}

export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The directives of a Cache-Control header, lower-cased. */
export function cacheDirectives(value: string | string[] | undefined): Map<string, string | true> {
  const directives = new Map<string, string | true>();
  for (const part of (Array.isArray(value) ? value.join(",") : (value ?? "")).split(",")) {
    const [name, arg] = part.trim().split("=", 2) as [string, string | undefined];
    if (name) directives.set(name.toLowerCase(), arg === undefined ? true : arg.replace(/^"|"$/g, ""));
  }
  return directives;
}

/**
 * Whether a shared cache may keep this answer: a 200 with an ETag to revalidate with, not `private`
 * or `no-store` (Next's dynamic pages say so unless the app made them public), no cookie set, and a
 * Vary it can honour.
 */
export function isStorable(response: Pick<UpstreamResponse, "status" | "headers">): boolean {
  const { status, headers } = response;
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  if (typeof headers.etag !== "string" || !headers.etag) return false;
  const cc = cacheDirectives(headers["cache-control"]);
  if (cc.has("no-store") || cc.has("private")) return false;
  if (!cc.has("no-cache") && !cc.has("public") && !cc.has("max-age") && !cc.has("s-maxage")) return false;
  return !String(headers.vary ?? "").split(",").some((v) => v.trim() === "*");
}

function varyNames(headers: IncomingHttpHeaders): string[] {
  return String(headers.vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v && v !== "accept-encoding");
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

export function toStored(key: string, request: IncomingHttpHeaders, response: UpstreamResponse): StoredResponse {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.headers)) if (value !== undefined && !UNSTORED_HEADERS.has(name)) headers[name] = value;
  const vary = String(headers.vary ?? "");
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  return { key, status: response.status, headers, etag: String(response.headers.etag), body: response.body, varies: varyNames(response.headers).map((name) => [name, headerValue(request, name)]) };
}

/** Every byte the entry keeps alive, as counted against the cache's budget. */
export function sizeOf(entry: StoredResponse): number {
  let size = ENTRY_OVERHEAD + entry.key.length * 2 + entry.body.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0);
  for (const [name, value] of Object.entries(entry.headers)) size += (name.length + String(value).length) * 2;
  for (const [name, value] of entry.varies) size += (name.length + value.length) * 2;
  return size;
}

export interface HttpCacheOptions {
  /** Total bytes kept; 0 keeps nothing. */
  maxBytes: number;
  /** Largest single entry. */
  maxEntryBytes?: number;
}

export interface HttpCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

export class HttpCache {
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly stats = { hits: 0, misses: 0 };
  private readonly probation: LRUCache<string, StoredResponse>;
  private readonly protected: LRUCache<string, StoredResponse>;

  constructor({ maxBytes, maxEntryBytes = 4 * 1024 * 1024 }: HttpCacheOptions) {
    this.maxBytes = maxBytes;
    this.maxEntryBytes = Math.min(maxEntryBytes, Math.floor(maxBytes / 5));
    const segment = (bytes: number) => new LRUCache<string, StoredResponse>({ maxSize: Math.max(1, bytes), sizeCalculation: (entry) => Math.max(1, sizeOf(entry)) });
    this.probation = segment(Math.floor(maxBytes / 5));
    this.protected = segment(maxBytes - Math.floor(maxBytes / 5));
  }

  snapshot(): HttpCacheStats {
    return { entries: this.probation.size + this.protected.size, bytes: this.probation.calculatedSize + this.protected.calculatedSize, ...this.stats };
  }

  /** The stored answer for `key` whose Vary'd request headers match `request`; a reuse promotes it out of probation. */
  get(key: string, request: IncomingHttpHeaders): StoredResponse | undefined {
    let entry = this.protected.get(key);
    if (!entry) {
      entry = this.probation.get(key);
      if (entry) {
        this.probation.delete(key);
        this.protected.set(key, entry);
      }
    }
    if (!entry) return undefined;
    return entry.varies.every(([name, value]) => headerValue(request, name) === value) ? entry : undefined;
  }

  set(entry: StoredResponse): boolean {
    if (this.maxBytes === 0 || sizeOf(entry) > this.maxEntryBytes) return false;
    if (this.protected.has(entry.key)) this.protected.set(entry.key, entry);
    else this.probation.set(entry.key, entry);
    return true;
  }

  delete(key: string): void {
    this.probation.delete(key);
    this.protected.delete(key);
  }

  /** The entry's body in `encoding`, compressed once and then kept (and counted) with the entry. */
  async encoded(entry: StoredResponse, encoding: "br" | "gzip"): Promise<Buffer> {
    const done = entry[encoding];
    if (done) return done;
    entry.pending ??= {};
    const pending = (entry.pending[encoding] ??=
      encoding === "br" ? brotliAsync(entry.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipAsync(entry.body, { level: 6 }));
    const body = await pending;
    if (!entry[encoding]) {
      entry[encoding] = body;
      delete entry.pending[encoding];
      // Re-inserted so the copy counts against the budget (and may push older entries out); lru-cache
      // recounts a size only when the value changes, not when the same object is set again.
      for (const segment of [this.protected, this.probation]) {
        if (segment.peek(entry.key) !== entry) continue;
        segment.delete(entry.key);
        segment.set(entry.key, entry);
      }
    }
    return body;
  }
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

/** The status, headers and body to send for a stored entry: 304 when the client has it, else compressed as the client accepts. */
export async function answerFromEntry(
  cache: HttpCache,
  entry: StoredResponse,
  request: { method?: string; headers: IncomingHttpHeaders },
): Promise<{ status: number; headers: OutgoingHttpHeaders; body?: Buffer }> {
  if (etagMatches(headerValue(request.headers, "if-none-match"), entry.etag)) {
    // Validators and caching headers only: the client's copy keeps the rest (its CSP and nonce included).
    const headers: OutgoingHttpHeaders = { etag: entry.etag };
    for (const name of ["cache-control", "vary", "access-control-allow-origin"]) if (entry.headers[name] !== undefined) headers[name] = entry.headers[name];
    return { status: 304, headers };
  }
  const encoding = pickEncoding(request.headers["accept-encoding"]);
  const body = encoding === "identity" || entry.body.length < 1024 ? entry.body : await cache.encoded(entry, encoding);
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag, "content-length": body.length };
  if (body !== entry.body) headers["content-encoding"] = encoding;
  return { status: entry.status, headers, body: request.method === "HEAD" ? undefined : body };
}
