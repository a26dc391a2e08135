// The bulk exports as streams of text: the database is read in batches as the client reads, so
// neither side holds the whole dataset in memory. CSV goes through the one writer (./csv.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportAgreements, exportEntities, exporters, exportPledges, type ExportEntity, type ExportItem } from "@/lib/data/export";
import { EXPORT_SCHEMA_VERSION } from "@/lib/schemas/export";
import { agreementColumns, citationRows, csvColumns, pledgeColumns, type CitationRow, type CsvColumn, type CsvEntity } from "./columns";
import { csvStream } from "./csv";

/** Chunks of at most this many records are written at once. */
const CHUNK = 50;

/** export.json, piece by piece: the envelope, then each entity's records as they are read. */
export async function* exportJsonChunks(db: PrismaClient, generatedAt: Date): AsyncGenerator<string> {
  yield `{"schemaVersion":${EXPORT_SCHEMA_VERSION},"generatedAt":${JSON.stringify(generatedAt.toISOString())}`;
  for (const entity of exportEntities) {
    yield `,\n${JSON.stringify(entity)}:[`;
    let first = true;
    let chunk: string[] = [];
    for await (const item of exporters[entity](db) as AsyncGenerator<ExportItem<ExportEntity>>) {
      chunk.push(`${first ? "" : ","}\n${JSON.stringify(item.record)}`);
      first = false;
      if (chunk.length >= CHUNK) {
        yield chunk.join("");
        chunk = [];
      }
    }
    yield `${chunk.join("")}${first ? "" : "\n"}]`;
  }
  yield "}\n";
}

async function* citationsOf(db: PrismaClient): AsyncGenerator<CitationRow> {
  for (const entity of exportEntities) {
    for await (const item of exporters[entity](db) as AsyncGenerator<ExportItem<ExportEntity>>) yield* citationRows(entity, item.record);
  }
}

/** <entity>.csv, piece by piece: the header, then rows as records are read. */
export function csvChunks(db: PrismaClient, entity: CsvEntity): AsyncGenerator<string> {
  if (entity === "citations") return csvStream(csvColumns.citations, citationsOf(db));
  return csvStream(csvColumns[entity] as CsvColumn<ExportItem<ExportEntity>>[], exporters[entity](db) as AsyncGenerator<ExportItem<ExportEntity>>);
}

/** A list's selection (/exports/deals.csv, /exports/pledges.csv): the same columns as the API's file, rows in the list's order. */
export function selectionCsvChunks(db: PrismaClient, entity: "agreements" | "pledges", ids: number[]): AsyncGenerator<string> {
  return entity === "agreements" ? csvStream(agreementColumns, exportAgreements(db, ids)) : csvStream(pledgeColumns, exportPledges(db, ids));
}

/** An async iterable of text → a byte stream that pulls the next piece only when the reader wants it. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        console.error("Export stream failed:", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
