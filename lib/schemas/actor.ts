import { z } from "zod";
import { ActorKind, ActorLinkType } from "@/lib/generated/prisma/enums";
import { citationsSchema, countryCodeSchema, decimalSchema, slugSchema } from "./common";

export const actorSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(2),
  kind: z.enum(ActorKind),
  countryCode: countryCodeSchema.optional(),
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().trim().min(10).optional(),
  title: z.string().trim().optional(),
});

export const actorSeedSchema = actorSchema.extend({ citations: citationsSchema });
export type ActorSeed = z.input<typeof actorSeedSchema>;

export const actorLinkSchema = z
  .object({
    from: slugSchema,
    to: slugSchema,
    type: z.enum(ActorLinkType),
    sharePercent: decimalSchema.refine((v) => Number(v) <= 100, "A share is at most 100 %.").optional(),
    role: z.string().trim().optional(),
    note: z.string().trim().optional(),
  })
  .refine((link) => link.from !== link.to, { path: ["to"], message: "An actor cannot be linked to itself." })
  .refine((link) => link.sharePercent === undefined || link.type === ActorLinkType.OWNS, {
    path: ["sharePercent"],
    message: "Only an OWNS link has a share.",
  });

export const actorLinkSeedSchema = actorLinkSchema.and(z.object({ citations: citationsSchema }));
export type ActorLinkSeed = z.input<typeof actorLinkSeedSchema>;
