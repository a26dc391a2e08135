// Building blocks that turn the shared entity schemas into admin form schemas: form inputs arrive as
// strings (already stripped of empty values by pruneEmpty), references as ids instead of slugs.
import { z } from "zod";
import { citationInputSchema, countryCodeSchema } from "./common";

/** A checkbox sent as "yes"/"no" (hidden "no" + checked "yes"). */
export const yesNo = z
  .enum(["yes", "no"])
  .default("no")
  .transform((v) => v === "yes");

/** Published ("yes") or draft ("no"). */
export const publishedField = yesNo;

/** A picked record's id. */
export function ref(message: string) {
  return z
    .string({ error: message })
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n > 0 && n <= 2_147_483_647, message);
}

/** The id of an existing child row, kept so that editing does not recreate it (and drop its citations). */
export const rowId = z
  .string()
  .regex(/^\d+$/)
  .transform(Number)
  .optional();

/** A list of rows; no rows at all arrive as undefined. */
export function rows<T extends z.ZodType>(row: T, min = 0, message = "Add at least one.") {
  return z.preprocess((v) => v ?? [], z.array(row).min(min, message));
}

/** Codes typed into one field: "GB, UA" or "GB UA" → ["GB", "UA"]. */
export const countryCodeList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()) : (v ?? [])),
  z.array(countryCodeSchema),
);

/** One entry per line ("UK\nBritain") → ["UK", "Britain"]. */
export const lineList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : (v ?? [])),
  z.array(z.string().trim().min(1)),
);

/** A citation row: a picked source and a quote (checked verbatim against the source on save). */
export const citationRow = citationInputSchema.omit({ source: true }).extend({
  id: rowId,
  sourceId: ref("Choose the source the quote comes from."),
});
export type CitationRow = z.output<typeof citationRow>;
export const citationRows = rows(citationRow);

/** Which citations a published record must have. */
export function needsCitationWhenPublished(value: { published: boolean; citations: unknown[] }, ctx: z.RefinementCtx) {
  if (value.published && value.citations.length === 0)
    ctx.addIssue({ code: "custom", path: ["citations"], message: "A published record needs at least one citation. Add one, or save as a draft." });
}
