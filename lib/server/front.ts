// The production server's front door (scripts/serve.ts), in front of the app on a private socket:
//   1. normalises the request target (absolute-form, encodings, dot segments: lib/server/request-target.ts);
//   2. works out the client's address from the socket and TRUSTED_PROXIES, and hands the app exactly
//      that address in X-Forwarded-For (every other forwarding header is dropped unless a trusted
//      proxy sent it), so nothing behind this point can be fooled by a header the client wrote;
//   3. applies the request limits (sign-in, read API, bulk downloads) — before the cache, so an
//      answer from memory counts like any other;
//   4. answers from the HTTP cache (lib/server/http-cache.ts) or passes the request to the app.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { clientAddress, limitKey, parseAddress, type TrustedProxies } from "./client-address";
import { Coalescer } from "./coalesce";
import { answerFromEntry, HttpCache, isStorable, toStored, type StoredResponse, type UpstreamResponse } from "./http-cache";
import { readBody, type Origin } from "./origin";
import type { LimitDecision, RequestLimit } from "./rate-limits";
import { parseRequestTarget, type RequestTarget } from "./request-target";

export type LimitName = "signIn" | "export" | "api";

/**
 * Which limit a request counts against, by its decoded path: sign-in attempts, bulk downloads, the read
 * API. The sign-in page's own form (POST /admin/sign-in, a server action, with or without JavaScript)
 * is not counted here: its action passes every attempt to Better Auth's handler, whose limiter counts it
 * by the same client address and setting and answers in the form's words (a 429 from here would reach
 * a browser without JavaScript as raw JSON, and a script-driven form as a crash).
 */
export function limitFor(method: string, pathname: string): LimitName | null {
  if (method === "POST" && pathname.startsWith("/api/auth/sign-in/")) return "signIn";
  if (pathname.startsWith("/exports/") || /^\/api\/v1\/[^/]+\.csv$/.test(pathname) || pathname === "/api/v1/export.json") return "export";
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) return "api";
  return null;
}

const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"];
const FORWARDING = ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-client-ip", "true-client-ip", "cf-connecting-ip"];
/** Request headers of Next's client-side navigation and server actions: those answers are not documents. */
const NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** Better Auth's session cookie (plain, or __Secure- under https). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_(?:token|data)=/;
/** Longest query string the cache keys on; longer ones go to the app every time. */
export const MAX_CACHED_QUERY = 1024;

/** Headers the app receives: the client's address as the only X-Forwarded-For; forwarding headers only from a trusted proxy. */
export function forwardedHeaders(headers: IncomingHttpHeaders, client: string, fromTrustedProxy: boolean, host?: string): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = { ...headers };
  for (const name of HOP_BY_HOP) delete out[name];
  for (const name of FORWARDING) if (!fromTrustedProxy || name === "x-forwarded-for" || name === "x-real-ip" || name === "forwarded") delete out[name];
  out["x-forwarded-for"] = client;
  if (host) out.host = host;
  return out;
}

/** Whether the cache may answer this request: a public document read by someone without a session. */
export function isCacheableRequest(method: string, target: RequestTarget, headers: IncomingHttpHeaders): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const p = target.pathname;
  if (p.startsWith("/_next/") || p === "/admin" || p.startsWith("/admin/") || p.startsWith("/api/auth/")) return false;
  if (limitFor("GET", p) === "export") return false; // streamed and compressed by the app as they go
  if (target.queryLength > MAX_CACHED_QUERY || /[?&]_rsc=/.test(target.url)) return false;
  if (NAVIGATION_HEADERS.some((h) => headers[h] !== undefined) || headers.range !== undefined || headers.authorization !== undefined) return false;
  if (SESSION_COOKIE.test(String(headers.cookie ?? ""))) return false;
  return true;
}

type Outcome = { kind: "entry"; entry: StoredResponse; fetched: boolean } | { kind: "response"; response: UpstreamResponse; claimed: boolean } | { kind: "too-large" };

export interface FrontOptions {
  origin: Origin;
  trusted: TrustedProxies;
  limits: Partial<Record<LimitName, RequestLimit>>;
  /** Undefined: no cache (PAGE_CACHE_MB=0). */
  cache?: HttpCache;
  onError?: (error: unknown) => void;
}

function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body?: Buffer | string) {
  res.writeHead(status, headers);
  res.end(body);
}

function upstreamHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.includes(name)) out[name] = value;
  return out;
}

function limitHeaders(decision: LimitDecision): OutgoingHttpHeaders {
  return decision.limit > 0 ? { "ratelimit-limit": String(decision.limit), "ratelimit-remaining": String(decision.remaining) } : {};
}

function tooManyRequests(res: ServerResponse, name: LimitName, decision: LimitDecision) {
  const what = { signIn: "sign-in attempts", export: "downloads", api: "API requests" }[name];
  const message = `Too many ${what}: ${decision.limit} a minute are allowed from one address. Try again in ${decision.retryAfter} s.`;
  const headers: OutgoingHttpHeaders = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(decision.retryAfter),
    // The sign-in form reads Better Auth's header name.
    "x-retry-after": String(decision.retryAfter),
    ...limitHeaders(decision),
  };
  if (name !== "signIn") {
    headers["access-control-allow-origin"] = "*";
    headers["access-control-expose-headers"] = "Retry-After, RateLimit-Limit, RateLimit-Remaining";
  }
  // The API's error shape ({ error }, lib/schemas/api.ts), or Better Auth's ({ message }) for sign-in.
  send(res, 429, headers, JSON.stringify(name === "signIn" ? { message } : { error: message }));
}

export function createFront({ origin, trusted, limits, cache, onError = console.error }: FrontOptions) {
  const coalescer = new Coalescer<Outcome>();
  const maxBuffered = Math.max(cache?.maxEntryBytes ?? 0, 8 * 1024 * 1024);

  /** Streams the app's answer to the client, as it comes. */
  async function pass(req: IncomingMessage, res: ServerResponse, url: string, headers: OutgoingHttpHeaders, extra: OutgoingHttpHeaders) {
    const upstream = await origin.request({ method: req.method ?? "GET", url, headers }, req.method === "GET" || req.method === "HEAD" ? undefined : req);
    res.writeHead(upstream.statusCode ?? 502, { ...upstreamHeaders(upstream.headers), ...extra });
    upstream.pipe(res);
    res.on("close", () => upstream.destroy());
  }

  /** Fetches `key` for the cache: revalidates what is stored (If-None-Match), or renders it; identity bytes, compressed here once. */
  async function fetchForCache(key: string, headers: OutgoingHttpHeaders, requestHeaders: IncomingHttpHeaders): Promise<Outcome> {
    const stored = cache!.get(key, requestHeaders);
    const ask: OutgoingHttpHeaders = { ...headers, "accept-encoding": "identity" };
    for (const name of ["if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "range"]) delete ask[name];
    if (stored) ask["if-none-match"] = stored.etag;
    const upstream = await origin.request({ method: "GET", url: key, headers: ask });
    if (stored && upstream.statusCode === 304) {
      upstream.resume();
      return { kind: "entry", entry: stored, fetched: false };
    }
    const body = await readBody(upstream, maxBuffered);
    if (!body) return { kind: "too-large" };
    const response: UpstreamResponse = { status: upstream.statusCode ?? 502, headers: upstream.headers, body };
    if (isStorable(response)) {
      const entry = toStored(key, requestHeaders, response);
      cache!.set(entry);
      return { kind: "entry", entry, fetched: true };
    }
    if (stored) cache!.delete(key);
    return { kind: "response", response, claimed: false };
  }

  async function fromCache(req: IncomingMessage, res: ServerResponse, target: RequestTarget, headers: OutgoingHttpHeaders, extra: OutgoingHttpHeaders) {
    const c = cache!;
    const outcome = await coalescer.run(target.url, () => fetchForCache(target.url, headers, req.headers));
    if (outcome.kind === "entry") {
      if (outcome.fetched) c.stats.misses += 1;
      else c.stats.hits += 1;
      const answer = await answerFromEntry(c, outcome.entry, { method: req.method, headers: req.headers });
      send(res, answer.status, { ...answer.headers, "x-cache": outcome.fetched ? "MISS" : "HIT", ...extra }, answer.body);
      return;
    }
    c.stats.misses += 1;
    const cc = String(outcome.kind === "response" ? (outcome.response.headers["cache-control"] ?? "") : "");
    const shareable = outcome.kind === "response" && outcome.response.headers["set-cookie"] === undefined && !/private|no-store/.test(cc);
    if (outcome.kind === "response" && (shareable || !outcome.claimed)) {
      outcome.claimed = true;
      const { status, headers: h, body } = outcome.response;
      const out = { ...upstreamHeaders(h), "content-length": body.length, "x-cache": "MISS", ...extra };
      delete out["content-encoding"];
      send(res, status, out, req.method === "HEAD" ? undefined : body);
      return;
    }
    await pass(req, res, target.url, headers, { ...extra, "x-cache": "BYPASS" });
  }

  return async function front(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const target = parseRequestTarget(req.url);
    if (!target) {
      const message = "This address is not valid: its path has a broken percent-encoding (a % must be followed by two hexadecimal digits that encode UTF-8). Check the link and try again.";
      const api = /^(https?:\/\/[^/]+)?\/api\//i.test(req.url ?? "");
      send(res, 400, { "content-type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "cache-control": "no-store" }, api ? JSON.stringify({ error: message }) : message);
      return;
    }
    const peer = parseAddress(req.socket.remoteAddress) ?? "unknown";
    const client = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    const absoluteHost = /^https?:\/\//i.test(req.url ?? "") ? new URL(req.url!).host : undefined;
    const headers = forwardedHeaders(req.headers, client, trusted.has(peer), absoluteHost);

    let extra: OutgoingHttpHeaders = {};
    const name = limitFor(method, target.pathname);
    const limit = name ? limits[name] : undefined;
    if (name && limit) {
      const decision = await limit.take(limitKey(client));
      if (!decision.allowed) return tooManyRequests(res, name, decision);
      extra = limitHeaders(decision);
    }

    try {
      if (cache && cache.maxBytes > 0 && isCacheableRequest(method, target, req.headers)) await fromCache(req, res, target, headers, extra);
      else await pass(req, res, target.url, headers, extra);
    } catch (error) {
      onError(error);
      if (!res.headersSent) send(res, 502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }, "The app is not answering right now. Please try again in a moment.");
      else res.destroy();
    }
  };
}
