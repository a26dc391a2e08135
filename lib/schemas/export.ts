// The bulk export document (/api/v1/export.json) and the import file (`npm run data:import`) are the
// same thing: the seed dataset's shape (lib/seed/dataset.ts) with a schema version and a timestamp.
// `schemaVersion` changes only when a change would break a consumer; see docs/decisions/052-bulk-export.md.
import { z } from "zod";
import { datasetSchema } from "@/lib/seed/dataset";

export const EXPORT_SCHEMA_VERSION = 1;

export const exportEnvelopeSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION, {
    error: `This file's schemaVersion is not one this tracker reads (it reads ${EXPORT_SCHEMA_VERSION}).`,
  }),
  generatedAt: z.iso.datetime({ offset: true }).meta({ description: "When the export was generated (ISO 8601, UTC)." }),
});

export const exportDocumentSchema = z
  .object({ ...exportEnvelopeSchema.shape, ...datasetSchema.shape })
  .meta({
    id: "ExportDocument",
    description:
      "The whole public dataset. Records refer to each other by slug; every record carries its citations (verbatim quotes with the source's slug). Optional values that are absent are omitted.",
  });
export type ExportDocument = z.input<typeof exportDocumentSchema>;
