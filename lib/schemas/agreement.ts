import { z } from "zod";
import { AgreementStatus, AgreementType, PartyRole } from "@/lib/generated/prisma/enums";
import {
  citationInputSchema,
  citationsSchema,
  confidenceSchema,
  countryCodeSchema,
  equipmentCategorySchema,
  moneySchema,
  partialDateSchema,
  slugSchema,
} from "./common";

export const partySchema = z.object({
  actor: slugSchema,
  role: z.enum(PartyRole),
  note: z.string().trim().optional(),
  citations: z.array(citationInputSchema).default([]),
});

export const statusEntrySchema = z.object({
  status: z.enum(AgreementStatus),
  date: partialDateSchema,
  dateInferred: z.boolean().default(false),
  note: z.string().trim().optional(),
  citations: citationsSchema,
});

export const agreementSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5),
  summary: z.string().trim().min(20),
  type: z.enum(AgreementType),
  status: z.enum(AgreementStatus),
  confidence: confidenceSchema,
  categories: z.array(equipmentCategorySchema).default([]),
  workLocation: z.string().trim().optional(),
  workCountryCodes: z.array(countryCodeSchema).default([]),
  value: moneySchema,
  startDate: partialDateSchema.optional(),
});

export const agreementSeedSchema = agreementSchema
  .extend({
    parties: z.array(partySchema).min(1, "An agreement needs at least one party."),
    statusHistory: z.array(statusEntrySchema).min(1, "An agreement needs at least one dated status entry."),
    citations: citationsSchema,
  })
  .refine((a) => a.statusHistory.at(-1)?.status === a.status, {
    path: ["status"],
    message: "The current status must equal the last status-history entry.",
  });
export type AgreementSeed = z.input<typeof agreementSeedSchema>;
