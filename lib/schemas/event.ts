import { z } from "zod";
import { EventActorRole, EventKind, Stance } from "@/lib/generated/prisma/enums";
import { citationsSchema, confidenceSchema, countryCodeSchema, partialDateSchema, slugSchema } from "./common";

export const eventSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5),
  description: z.string().trim().min(10),
  kind: z.enum(EventKind),
  date: partialDateSchema,
  endDate: partialDateSchema.optional(),
  dateInferred: z.boolean().default(false),
  place: z.string().trim().optional(),
  placeCountryCode: countryCodeSchema.optional(),
  stance: z.enum(Stance).optional(),
  topic: z.string().trim().optional(),
  confidence: confidenceSchema.default("REPORTED"),
});

export const eventSeedSchema = eventSchema
  .extend({
    actors: z.array(z.object({ actor: slugSchema, role: z.enum(EventActorRole) })).default([]),
    agreements: z.array(slugSchema).default([]),
    pledges: z.array(slugSchema).default([]),
    citations: citationsSchema,
  })
  .refine((e) => e.endDate === undefined || e.endDate >= e.date, { path: ["endDate"], message: "The end date is before the start date." })
  .refine((e) => e.stance === undefined || e.kind === "STATEMENT", { path: ["stance"], message: "Only a STATEMENT has a stance." });
export type EventSeed = z.input<typeof eventSeedSchema>;
