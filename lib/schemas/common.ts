import { z } from "zod";
import { Confidence, DatePrecision, EquipmentCategory, ValueDisclosure } from "@/lib/generated/prisma/enums";

export const slugSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "Give the record an address: lower-case words joined by hyphens (e.g. uk-ukraine-licensed-production)." : undefined) })
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens (e.g. uk-ukraine-licensed-production).");

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** Codes ICU names that are not ISO 3166-1 alpha-2 assignments (reserved, withdrawn or user-assigned). */
const notIso = new Set(
  "AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ".split(" "),
);

/** ISO 3166-1 alpha-2, upper case, and known to the runtime's ICU data. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "Use a two-letter ISO 3166-1 code in capitals, e.g. GB.")
  .refine((code) => !notIso.has(code) && regionNames.of(code) !== undefined, "Not an ISO 3166-1 alpha-2 country code (the United Kingdom is GB).");

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code, e.g. USD.");

/** A non-negative decimal written as a string, so that no precision is lost on the way to Postgres. */
export const decimalSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "Use a non-negative number with a dot for decimals, e.g. 2200000000.");

/**
 * A date known to day, month or year precision, written "2023-02-08", "2023-02" or "2023".
 * The precision is read off the form, so it can never disagree with the value.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")
  .refine((value) => parsePartialDate(value) !== null, "This is not a real calendar date.");

export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

export function parsePartialDate(value: string): PartialDate | null {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  const month = m ?? 1;
  const day = d ?? 1;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const precision = d !== undefined ? DatePrecision.DAY : m !== undefined ? DatePrecision.MONTH : DatePrecision.YEAR;
  return { date, precision };
}

export const confidenceSchema = z.enum(Confidence);
export const equipmentCategorySchema = z.enum(EquipmentCategory);

/** A money value, or an explicit statement that it is undisclosed (never 0 for unknown). */
export const moneySchema = z
  .object({
    disclosure: z.enum(ValueDisclosure),
    amount: decimalSchema.optional(),
    currency: currencySchema.optional(),
  })
  .superRefine((value, ctx) => {
    const disclosed = value.disclosure === ValueDisclosure.DISCLOSED;
    if (disclosed && !value.amount) ctx.addIssue({ code: "custom", path: ["amount"], message: "A disclosed value needs an amount." });
    if (disclosed && !value.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "A disclosed value needs a currency." });
    if (!disclosed && (value.amount !== undefined || value.currency !== undefined))
      ctx.addIssue({ code: "custom", path: ["amount"], message: "An undisclosed or not-applicable value has no amount or currency." });
  });
export type Money = z.infer<typeof moneySchema>;

/** A verbatim quote from a source, supporting a record or one field of it. */
export const citationInputSchema = z.object({
  source: slugSchema,
  quote: z.string().trim().min(8, "A quote must be at least 8 characters long."),
  field: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type CitationInput = z.infer<typeof citationInputSchema>;

export const citationsSchema = z.array(citationInputSchema).min(1, "Every record needs at least one citation.");
