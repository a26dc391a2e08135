// URL parameters of the HTML list pages (/deals, /pledges, /actors, /timeline, /sources). The filter
// fields are the read API's own zod schemas (lib/schemas/query.ts), so a page and /api/v1 filter the
// same way; pages add sorting and numbered pages. Unlike the API, a page never answers 400: a bad
// value is dropped and reported next to the form, and the rest of the filters still apply.
import { z } from "zod";
import {
  actorQuerySchema,
  agreementQuerySchema,
  eventQuerySchema,
  pledgeQuerySchema,
  sourceQuerySchema,
} from "@/lib/schemas/query";
import { actorSortLabels, dealSortLabels, pledgeSortLabels } from "./sorts";

export type RawParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZES = [10, 25, 50, 100] as const;

const pageNumber = z.coerce
  .number({ error: "page must be a whole number from 1." })
  .int("page must be a whole number from 1.")
  .min(1, "page must be a whole number from 1.")
  .max(100_000, "page must be a whole number from 1.")
  .default(1);

function perPage(fallback: (typeof PAGE_SIZES)[number]) {
  return z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `per must be one of ${PAGE_SIZES.join(", ")}.`)
    .default(fallback);
}

/** The API's filter fields, without its cursor paging. */
function filtersOf<S extends z.ZodRawShape & { limit: unknown; cursor: unknown }>(shape: S): Omit<S, "limit" | "cursor"> {
  const { limit: _limit, cursor: _cursor, ...filters } = shape;
  return filters;
}

const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
const dealSorts = keysOf(dealSortLabels);
const pledgeSorts = keysOf(pledgeSortLabels);
const actorSorts = keysOf(actorSortLabels);

export const dealListSchema = z.object({
  ...filtersOf(agreementQuerySchema.shape),
  sort: z.enum(dealSorts).default("newest"),
  page: pageNumber,
  per: perPage(25),
});

export const pledgeListSchema = z.object({
  ...filtersOf(pledgeQuerySchema.shape),
  sort: z.enum(pledgeSorts).default("newest"),
  page: pageNumber,
  per: perPage(25),
});

export const actorListSchema = z.object({
  ...filtersOf(actorQuerySchema.shape),
  sort: z.enum(actorSorts).default("name"),
  page: pageNumber,
  per: perPage(50),
});

const yearSchema = z.coerce
  .number({ error: "year must be a four-digit year, e.g. 2023." })
  .int("year must be a four-digit year, e.g. 2023.")
  .min(1900, "year must be a four-digit year, e.g. 2023.")
  .max(2100, "year must be a four-digit year, e.g. 2023.");

export const timelineSchema = z.object({
  ...filtersOf(eventQuerySchema.shape),
  /** Shorthand for from=YYYY&to=YYYY. */
  year: yearSchema.optional(),
  order: z.enum(["oldest", "newest"]).default("oldest"),
  page: pageNumber,
  per: perPage(25),
});

/** A relationship pair page: each section (agreements, pledges, events) has its own page number. */
export const pairPageSchema = z.object({
  "agreements-page": pageNumber,
  "pledges-page": pageNumber,
  "events-page": pageNumber,
});

export const sourceListSchema = z.object({ ...filtersOf(sourceQuerySchema.shape) });

export interface ParamIssue {
  param: string;
  message: string;
}

export interface ParsedParams<T> {
  /** The valid parameters, with defaults applied. */
  query: T;
  /** The parameters as written in the URL (valid ones only), to refill the form and build links. */
  raw: Record<string, string[]>;
  issues: ParamIssue[];
}

/**
 * Parses each known parameter on its own, so one bad value does not discard the others. Empty values
 * (what a GET form sends for an untouched field) count as absent; unknown parameters are ignored.
 */
export function parseListParams<S extends z.ZodObject>(schema: S, params: RawParams | URLSearchParams): ParsedParams<z.output<S>> {
  const entries = params instanceof URLSearchParams ? groupSearchParams(params) : params;
  const input: Record<string, unknown> = {};
  const raw: Record<string, string[]> = {};
  const issues: ParamIssue[] = [];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const values = [entries[key]].flat().filter((v): v is string => typeof v === "string" && v.trim() !== "");
    const candidate = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
    const parsed = field.safeParse(candidate);
    if (parsed.success) {
      input[key] = parsed.data;
      if (values.length > 0) raw[key] = values;
    } else {
      issues.push({ param: key, message: parsed.error.issues[0]?.message ?? `${key} is not valid.` });
      input[key] = field.safeParse(undefined).data;
    }
  }
  return { query: input as z.output<S>, raw, issues };
}

function groupSearchParams(params: URLSearchParams): RawParams {
  const out: Record<string, string[]> = {};
  for (const [key, value] of params) (out[key] ??= []).push(value);
  return out;
}

/**
 * A link to the same list with some parameters changed (undefined removes one). Changing anything but
 * the page goes back to page 1.
 */
export function hrefWith(pathname: string, raw: Record<string, string[]>, changes: Record<string, string | string[] | undefined> = {}): string {
  const next: Record<string, string[]> = { ...raw };
  if (!("page" in changes)) delete next.page;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = [value].flat();
  }
  const search = new URLSearchParams();
  for (const [key, values] of Object.entries(next)) for (const v of values) search.append(key, v);
  const qs = search.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The filters of a list, without its paging and order: what a CSV export or "see all" link carries. */
export function filtersOnly(raw: Record<string, string[]>): Record<string, string[]> {
  const { page: _page, per: _per, ...rest } = raw;
  return rest;
}
