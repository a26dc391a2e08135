// npm run data:import -- <file.json> [--articles <folder>]
// Imports an export (/api/v1/export.json) into the database (DATABASE_URL, or .data/pglite): the whole
// file is validated first — an invalid record is named with its field and nothing is written — then
// every record is upserted in one transaction, with progress as it goes. Quotes are checked against
// the articles named by each source's `file`, read from --articles (default seeds/articles).
import "./load-env";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { articlesDir, SeedError } from "@/lib/seed/dataset";
import { importDataset } from "@/lib/seed/import";

const usage = "Usage: npm run data:import -- <file.json> [--articles <folder of the source articles>]";

async function readInput(): Promise<{ file: string; input: unknown; articles: string } | null> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { articles: { type: "string" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return null;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    console.error(usage);
    return null;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    console.error(`Cannot read ${file}. ${usage}`);
    return null;
  }
  try {
    return { file, input: JSON.parse(text) as unknown, articles: path.resolve(args.values.articles ?? articlesDir) };
  } catch (error) {
    console.error(`Import refused, nothing was written: ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  }
}

const parsed = await readInput();
if (!parsed) {
  process.exitCode = 1;
} else {
  const env = parseEnv();
  const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  const started = Date.now();
  try {
    await migrate(db.sql, { log: console.log });
    console.log(`Importing ${parsed.file} into the ${db.kind} database (articles from ${path.relative(process.cwd(), parsed.articles) || "."})…`);
    const summary = await importDataset(db.prisma, parsed.input, { log: console.log, articlesDir: parsed.articles, name: path.basename(parsed.file) });
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.written} records written; ${summary.citations} citations in the database.`);
  } catch (error) {
    if (error instanceof SeedError) console.error(`Import refused, nothing was written:\n${error.message}`);
    else console.error(`Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
