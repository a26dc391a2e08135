// Route handlers of the bulk exports (export.json and the per-entity CSV files): streamed bodies
// with a weak ETag from the data's fingerprint (the body itself cannot be hashed before it is sent).
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { datasetFingerprint } from "@/lib/data/export";
import type { CsvEntity } from "@/lib/export/columns";
import { csvChunks, exportJsonChunks, textStream } from "@/lib/export/stream";
import { EXPORT_SCHEMA_VERSION } from "@/lib/schemas/export";
import { apiGet, parseQuery } from "./handlers";

const noParameters = z.strictObject({});

async function weakEtag(db: PrismaClient, what: string) {
  return `W/"${what}-v${EXPORT_SCHEMA_VERSION}-${await datasetFingerprint(db)}"`;
}

export function exportJsonHandler(getDb: () => PrismaClient) {
  return apiGet(async (request: Request) => {
    const query = parseQuery(noParameters, request);
    if (!query.ok) return query.response;
    const db = getDb();
    return new Response(textStream(exportJsonChunks(db, new Date())), {
      headers: { "Content-Type": "application/json; charset=utf-8", ETag: await weakEtag(db, "export") },
    });
  });
}

export function csvHandler(getDb: () => PrismaClient, entity: CsvEntity) {
  return apiGet(async (request: Request) => {
    const query = parseQuery(noParameters, request);
    if (!query.ok) return query.response;
    const db = getDb();
    return new Response(textStream(csvChunks(db, entity)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${entity}.csv"`,
        ETag: await weakEtag(db, entity),
      },
    });
  });
}
