// npm run --silent ingest -- --file article.txt --published 2024-02-17 [--json] [--database-url URL]
// Reads an article and prints the assistant's proposals: with --json one JSON document on stdout
// (nothing else is written there), otherwise a readable summary. Known actors and records come from
// --database-url, else DATABASE_URL, else the embedded database in .data/pglite if it exists; when
// none can be read, from the seed dataset (said on stderr). Nothing is written anywhere.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkArticleText } from "@/lib/ingest/input";
import type { Known } from "@/lib/ingest/known";
import { parsePublished } from "@/lib/ingest/published";

const usage = "Usage: npm run --silent ingest -- --file <article.txt | -> [--published YYYY[-MM[-DD]]] [--json] [--database-url postgresql://…] [--no-database]";

// stdout carries the JSON document alone: anything a library logs goes to stderr.
const out = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      file: { type: "string", short: "f" },
      published: { type: "string", short: "p" },
      json: { type: "boolean" },
      "database-url": { type: "string" },
      "no-database": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values } = args;
if (values.help) {
  console.error(usage);
  process.exit(0);
}
if (!values.file) fail(`Give the article with --file (or --file - to read standard input).\n${usage}`);
try {
  parsePublished(values.published);
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}

async function readArticle(file: string): Promise<Buffer> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch {
    fail(`Cannot read ${file}: check the path.`);
  }
}

// The database drivers, the seed dataset and the language libraries load only once the input is known
// to be good, so that a wrong path or a binary file is refused at once.
async function loadKnown(): Promise<{ known: Known; from: string }> {
  const { knownFromDatabase, knownFromDataset } = await import("@/lib/ingest/known");
  const { dataset } = await import("@/seeds/index");
  const fromSeed = (why: string) => {
    console.error(`${why} Matching against the seed dataset's actors and records (seeds/) instead.`);
    return { known: knownFromDataset(dataset), from: "the seed dataset (no database reachable)" };
  };
  if (values["no-database"]) return { known: knownFromDataset(dataset), from: "the seed dataset (--no-database)" };
  const databaseUrl = values["database-url"] ?? (process.env.DATABASE_URL || undefined);
  const pgliteDir = process.env.PGLITE_DATA_DIR ?? ".data/pglite";
  if (!databaseUrl && !existsSync(path.join(pgliteDir, "PG_VERSION"))) return fromSeed(`No database: DATABASE_URL is not set and ${pgliteDir} holds no embedded database.`);
  if (databaseUrl && !/^postgres(?:ql)?:\/\//.test(databaseUrl)) fail(`--database-url must be a postgres:// or postgresql:// URL.`);
  const { connect } = await import("@/lib/db/connection");
  const db = connect({ databaseUrl, pgliteDataDir: pgliteDir });
  try {
    const known = await knownFromDatabase(db.prisma);
    return { known, from: databaseUrl ? "the PostgreSQL database" : `the embedded database (${pgliteDir})` };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n").find((l) => l.trim()) ?? error.message : String(error);
    return fromSeed(`The database could not be read (${reason.slice(0, 160)}).`);
  } finally {
    await db.close().catch(() => undefined);
  }
}

const bytes = await readArticle(values.file);
const checked = checkArticleText(bytes);
if (!checked.ok) fail(checked.message);
const { known, from } = await loadKnown();
const { analyseArticle } = await import("@/lib/ingest/analyse");
const { summarise } = await import("@/lib/ingest/summary");
try {
  const proposals = analyseArticle(checked.text, { published: values.published, actors: known.actors, records: known.records, knownFrom: from });
  out(values.json ? `${JSON.stringify(proposals, null, 2)}\n` : `${summarise(proposals)}\n`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
