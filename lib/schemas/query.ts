// Query parameters of the read API (/api/v1). Unknown parameters are refused, so a typo is a 400,
// not a silently ignored filter.
import { z } from "zod";
import {
  ActorKind,
  AgreementStatus,
  AgreementType,
  EquipmentCategory,
  EventKind,
  PledgeKind,
  PledgeStatus,
} from "@/lib/generated/prisma/enums";
import { partialDateSchema, parsePartialDate } from "./common";

/** "a,b" or repeated parameters → array of enum values. */
function listOf<T extends Record<string, string>>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));
}

const countrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "Use a two-letter ISO 3166-1 code, e.g. GB.")
  .transform((c) => c.toUpperCase());

/** The start of the first day (from) or the end of the last day (to) that a partial date covers. */
const fromDate = partialDateSchema.transform((v) => parsePartialDate(v)!.date);
const toDate = partialDateSchema.transform((v) => {
  const { date, precision } = parsePartialDate(v)!;
  const end = new Date(date);
  if (precision === "YEAR") end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (precision === "MONTH") end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - 1);
});

export const paginationSchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 200." })
    .int("limit must be a whole number from 1 to 200.")
    .min(1, "limit must be a whole number from 1 to 200.")
    .max(200, "limit must be a whole number from 1 to 200.")
    .default(50),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "cursor is not one this API gave out.")
    .transform((c, ctx) => {
      const id = decodeCursor(c);
      if (id === null) {
        ctx.addIssue({ code: "custom", message: "cursor is not one this API gave out." });
        return z.NEVER;
      }
      return id;
    })
    .optional(),
});

/** Free text for search: PostgreSQL cannot hold a NUL character, and a search box never needs a control character. */
export const searchText = z
  .string()
  .trim()
  .min(1, "q must not be empty.")
  .max(200, "q must be at most 200 characters long.")
  .refine((q) => !/[\u0000-\u001f\u007f]/.test(q), "q must not contain control characters (such as %00).");

const common = {
  ...paginationSchema.shape,
  q: searchText.optional(),
  country: countrySchema.optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
};

export const actorQuerySchema = z.strictObject({ ...common, type: listOf(ActorKind).optional() });
export const agreementQuerySchema = z.strictObject({
  ...common,
  type: listOf(AgreementType).optional(),
  status: listOf(AgreementStatus).optional(),
  category: listOf(EquipmentCategory).optional(),
  actor: z.string().regex(/^[a-z0-9-]+$/).optional(),
});
export const pledgeQuerySchema = z.strictObject({
  ...common,
  type: listOf(PledgeKind).optional(),
  status: listOf(PledgeStatus).optional(),
  category: listOf(EquipmentCategory).optional(),
  actor: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** The donor's country only (`country` matches donor or recipient). */
  donor: countrySchema.optional(),
});
export const eventQuerySchema = z.strictObject({
  ...common,
  type: listOf(EventKind).optional(),
  actor: z.string().regex(/^[a-z0-9-]+$/).optional(),
});
export const sourceQuerySchema = z.strictObject({ ...common });

export type ActorQuery = z.output<typeof actorQuerySchema>;
export type AgreementQuery = z.output<typeof agreementQuerySchema>;
export type PledgeQuery = z.output<typeof pledgeQuerySchema>;
export type EventQuery = z.output<typeof eventQuerySchema>;
export type SourceQuery = z.output<typeof sourceQuerySchema>;

/** Opaque cursors: the id of the last row of the previous page, base64url-encoded. */
export function encodeCursor(id: number): string {
  return Buffer.from(`v1:${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): number | null {
  const match = /^v1:(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
}

/** URLSearchParams → plain object, keeping repeated keys as arrays. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}
