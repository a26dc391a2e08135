// Import of an export file (npm run data:import): the same validation and writers as the seed — the
// whole file is checked first (schemas, references, every quote verbatim in its article) and refused
// with the record and field named; then every record is upserted in one transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportEnvelopeSchema } from "@/lib/schemas/export";
import { SeedError } from "./dataset";
import { seedDatabase, type SeedOptions, type SeedSummary } from "./load";

export interface ImportOptions extends Pick<SeedOptions, "log" | "articlesDir"> {
  /** How the file is named in messages. */
  name?: string;
}

export async function importDataset(prisma: PrismaClient, input: unknown, options: ImportOptions = {}): Promise<SeedSummary> {
  const name = options.name ?? "(document)";
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new SeedError("file", name, "(document)", "The file must hold one JSON object, as /api/v1/export.json gives.");
  }
  const envelope = exportEnvelopeSchema.safeParse(input);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    throw new SeedError("file", name, issue.path.join(".") || "(document)", issue.message);
  }
  const { schemaVersion: _version, generatedAt: _generatedAt, ...dataset } = input as Record<string, unknown>;
  return seedDatabase(prisma, dataset, { log: options.log, articlesDir: options.articlesDir, mode: "import" });
}
