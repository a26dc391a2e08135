import { z } from "zod";
import { PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import {
  citationsSchema,
  confidenceSchema,
  decimalSchema,
  equipmentCategorySchema,
  moneySchema,
  partialDateSchema,
  slugSchema,
} from "./common";

/** A USD normalisation always states its rate, the rate's date and where the rate comes from. */
export const usdNormalisationSchema = z.object({
  amount: decimalSchema,
  rate: decimalSchema,
  rateDate: partialDateSchema,
  rateSource: z.string().trim().min(3),
});

export const pledgeSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5),
  donor: slugSchema,
  recipients: z.array(slugSchema).min(1, "A pledge needs at least one recipient."),
  kind: z.enum(PledgeKind),
  item: z.string().trim().min(2),
  category: equipmentCategorySchema.optional(),
  quantity: decimalSchema.optional(),
  unit: z.string().trim().optional(),
  value: moneySchema,
  usd: usdNormalisationSchema.optional(),
  status: z.enum(PledgeStatus),
  confidence: confidenceSchema,
  date: partialDateSchema.optional(),
  dateInferred: z.boolean().default(false),
  note: z.string().trim().optional(),
  agreement: slugSchema.optional(),
});

export const pledgeSeedSchema = pledgeSchema
  .extend({ citations: citationsSchema })
  .refine((p) => p.quantity === undefined || p.unit !== undefined, { path: ["unit"], message: "A quantity needs a unit." })
  .refine((p) => p.usd === undefined || p.value.disclosure === "DISCLOSED", {
    path: ["usd"],
    message: "Only a disclosed value can be normalised to USD.",
  });
export type PledgeSeed = z.input<typeof pledgeSeedSchema>;
