// The bulk exports as streams of text: the database is read in batches as the client reads, so
// neither side holds the whole dataset in memory.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportEntities, exporters, type ExportEntity, type ExportItem } from "@/lib/data/export";
import { EXPORT_SCHEMA_VERSION } from "@/lib/schemas/export";
import { citationRows, csvColumns, type CitationRow, type CsvColumn, type CsvEntity } from "./columns";
import { csvRow } from "./csv";

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
export async function* csvChunks(db: PrismaClient, entity: CsvEntity): AsyncGenerator<string> {
  const columns = csvColumns[entity] as CsvColumn<unknown>[];
  yield csvRow(columns.map((c) => c.name));
  const rows: AsyncGenerator<unknown> = entity === "citations" ? citationsOf(db) : exporters[entity](db);
  let chunk = "";
  let count = 0;
  for await (const row of rows) {
    chunk += csvRow(columns.map((c) => c.value(row)));
    if (++count % CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
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
