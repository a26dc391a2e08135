// Shared shape of the read API: zod-validated query → { data, nextCursor }; bad input → 400 with the
// issues; unknown slug → 404; database trouble → 503. Never a raw error or stack trace.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Page } from "@/lib/data/shared";
import { searchParamsToObject } from "@/lib/schemas/query";

export interface ApiIssue {
  path: string;
  message: string;
}

export function jsonError(status: number, error: string, issues?: ApiIssue[]) {
  return NextResponse.json(issues ? { error, issues } : { error }, { status });
}

function failure(error: unknown) {
  console.error("API error:", error);
  return jsonError(503, "The database is not answering right now. Please try again in a moment.");
}

export function listHandler<S extends z.ZodType, T>(
  getDb: () => PrismaClient,
  schema: S,
  list: (db: PrismaClient, query: z.output<S>) => Promise<Page<T>>,
) {
  return async function GET(request: Request) {
    const params = new URL(request.url).searchParams;
    const parsed = schema.safeParse(searchParamsToObject(params));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.length > 0 ? String(i.path[0]) : i.code === "unrecognized_keys" ? i.keys.join(", ") : "(query)",
        message: i.code === "unrecognized_keys" ? `Unknown query parameter: ${i.keys.join(", ")}.` : i.message,
      }));
      return jsonError(400, "Invalid query parameters.", issues);
    }
    try {
      return NextResponse.json(await list(getDb(), parsed.data));
    } catch (error) {
      return failure(error);
    }
  };
}

export function detailHandler<T>(getDb: () => PrismaClient, entity: string, get: (db: PrismaClient, slug: string) => Promise<T | null>) {
  return async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
    const { slug } = await context.params;
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) return jsonError(404, `No ${entity} has the slug "${slug}".`);
    try {
      const record = await get(getDb(), slug);
      return record ? NextResponse.json({ data: record }) : jsonError(404, `No ${entity} has the slug "${slug}".`);
    } catch (error) {
      return failure(error);
    }
  };
}
