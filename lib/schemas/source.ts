import { z } from "zod";
import { citationInputSchema, partialDateSchema, slugSchema } from "./common";

export const sourceSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5),
  publisher: z.string().trim().optional(),
  publisherInferred: z.boolean().default(false),
  author: z.string().trim().optional(),
  url: z.url().optional(),
  publishedAt: partialDateSchema.optional(),
  publishedAtInferred: z.boolean().default(false),
  inferenceNote: z.string().trim().optional(),
  language: z.string().regex(/^[a-z]{2}$/, "Use an ISO 639-1 language code, e.g. en."),
});

export const sourceSeedSchema = sourceSchema
  .extend({
    /** File name under seeds/articles/. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    /** Quotes from this source that support its inferred metadata (field = "publisher", "publishedAt"…). */
    evidence: z.array(citationInputSchema.omit({ source: true })).default([]),
  })
  .refine((s) => !(s.publisherInferred || s.publishedAtInferred) || (s.inferenceNote && s.evidence.length > 0), {
    path: ["inferenceNote"],
    message: "An inferred field needs an inference note and at least one evidence quote.",
  });
export type SourceSeed = z.input<typeof sourceSeedSchema>;
