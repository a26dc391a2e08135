// Shared shape of the read API: zod-validated query → { data, nextCursor }; bad input → 400 with the
// issues; unknown slug → 404; database trouble → 503. Never a raw error or stack trace.
// Every GET under /api/v1 goes through `apiGet`, which adds the API's hygiene in one place: open CORS,
// Cache-Control, and ETag with 304 on If-None-Match. The per-client rate limit is counted at the front
// door (lib/server/front.ts), where the client's address is known and cached answers count too.
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createVersionMemo } from "@/lib/data/data-version";
import type { Page } from "@/lib/data/shared";
import { etagMatches } from "@/lib/http/cache-policy";
import { searchParamsToObject } from "@/lib/schemas/query";

export { etagMatches };

export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * Successful GETs may be kept by any cache, which must revalidate each reuse (If-None-Match → 304): an
 * edit is never served stale by a browser, a CDN or another app server (lib/http/cache-policy.ts).
 */
export const API_CACHE_CONTROL = "public, no-cache";

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, Content-Disposition",
};

export function jsonError(status: number, error: string, issues?: ApiIssue[]) {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

/** A JSON body with a strong ETag: the hash of exactly these bytes. */
export function jsonOk(body: unknown, headers: Record<string, string> = {}): Response {
  return jsonText(serialize(body), headers);
}

interface Serialized {
  text: string;
  etag: string;
}

function serialize(body: unknown): Serialized {
  const text = JSON.stringify(body);
  return { text, etag: strongEtag(text) };
}

function jsonText({ text, etag }: Serialized, headers: Record<string, string> = {}): Response {
  return new Response(text, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", ETag: etag, ...headers } });
}

/**
 * Serialised answers per data version, keyed by path and parsed query: a repeated question costs a
 * version check (one shared primary-key read) instead of the queries and the serialisation. Bounded
 * to the most recently used 500 answers (a page of 50 records is ≈ 70 kB).
 */
const answers = createVersionMemo(500);


export function strongEtag(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
}


function failure(error: unknown) {
  console.error("API error:", error);
  return jsonError(503, "The database is not answering right now. Please try again in a moment.");
}


/** Wraps a GET handler with the API's hygiene (see the top of this file). */
export function apiGet<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async function GET(request: Request, ...rest: A): Promise<Response> {
    let response: Response;
    try {
      response = await handler(request, ...rest);
    } catch (error) {
      response = failure(error);
    }
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(CORS_HEADERS)) headers.set(k, v);
    if (!headers.has("Cache-Control")) headers.set("Cache-Control", response.ok ? API_CACHE_CONTROL : "no-store");

    const etag = headers.get("ETag");
    if (response.status === 200 && etag && etagMatches(request.headers.get("if-none-match"), etag)) {
      await response.body?.cancel(); // a streamed export has read nothing yet; cancelling stops it
      for (const name of ["Content-Type", "Content-Length", "Content-Disposition"]) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** CORS preflight for the read API: any origin may GET. */
export async function preflight(): Promise<Response> {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Content-Type, Accept",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** The issues of a query that does not pass its schema, named by parameter; [] when it passes. */
export function queryIssues(schema: z.ZodType, query: Record<string, string | string[]>): ApiIssue[] {
  const parsed = schema.safeParse(query);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.length > 0 ? String(i.path[0]) : i.code === "unrecognized_keys" ? i.keys.join(", ") : "(query)",
    message: i.code === "unrecognized_keys" ? `Unknown query parameter: ${i.keys.join(", ")}.` : i.message,
  }));
}

/** Query validation shared by lists and exports: the parsed query, or a 400 naming every issue. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const query = searchParamsToObject(new URL(request.url).searchParams);
  const parsed = schema.safeParse(query);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: jsonError(400, "Invalid query parameters.", queryIssues(schema, query)) };
}

export function listHandler<S extends z.ZodType, T>(
  getDb: () => PrismaClient,
  schema: S,
  list: (db: PrismaClient, query: z.output<S>) => Promise<Page<T>>,
) {
  return apiGet(async (request: Request) => {
    const query = parseQuery(schema, request);
    if (!query.ok) return query.response;
    const db = getDb();
    const key = `${new URL(request.url).pathname}?${JSON.stringify(query.data)}`; // parsed: keys in schema order
    return jsonText(await answers(db, key, async () => serialize(await list(db, query.data))));
  });
}

export function detailHandler<T>(
  getDb: () => PrismaClient,
  entity: string,
  get: (db: PrismaClient, slug: string) => Promise<T | null>,
) {
  return apiGet(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
    const { slug } = await context.params;
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) return jsonError(404, `No ${entity} has the slug "${slug}".`);
    const db = getDb();
    const answer = await answers(db, `${entity}/${slug}`, async () => {
      const record = await get(db, slug);
      return record ? serialize({ data: record }) : null;
    });
    return answer ? jsonText(answer) : jsonError(404, `No ${entity} has the slug "${slug}".`);
  });
}
