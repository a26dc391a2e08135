// npm run db:synth -- --scale 100 [--database-url postgresql://…/tracker_synth]
// Fills a SEPARATE database with synthetic data at N× the seed (on top of the real seed). Never the
// default database: without --database-url (or SYNTH_DATABASE_URL) it writes an embedded PGlite in
// .data/synth; it refuses the DATABASE_URL of the app and the default .data/pglite folder.
import "./load-env";
import path from "node:path";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seed/load";
import { generateSynthetic } from "@/lib/synth/generate";
import { dataset } from "@/seeds/index";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = Number(option("scale") ?? 100);
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  console.error("--scale must be a whole number from 1 to 1000, e.g. npm run db:synth -- --scale 100");
  process.exit(2);
}
const databaseUrl = option("database-url") ?? process.env.SYNTH_DATABASE_URL;
const pgliteDataDir = option("pglite-dir") ?? ".data/synth";
if (databaseUrl && databaseUrl === process.env.DATABASE_URL) {
  console.error("Refusing to write synthetic data into DATABASE_URL, the app's database. Use a separate database, e.g. …/tracker_synth.");
  process.exit(2);
}
if (!databaseUrl && path.resolve(pgliteDataDir) === path.resolve(".data/pglite")) {
  console.error("Refusing to write synthetic data into .data/pglite, the app's default database.");
  process.exit(2);
}

const db = connect({ databaseUrl, pgliteDataDir });
const started = Date.now();
const bar = (done: number, total: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
};
try {
  console.log(`Synthetic data ×${scale} into ${databaseUrl ? "PostgreSQL" : `PGlite (${pgliteDataDir})`}`);
  await migrate(db.sql);
  await seedDatabase(db.prisma, dataset);
  const plan = await generateSynthetic(db.sql, scale, (step, done, total) => {
    const line = `  ${step.padEnd(11)} ${bar(done, total)} ${String(done).padStart(7)}/${total}  ${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? "\n" : ""}`);
    else if (done === total) console.log(line);
  });
  const [counts] = await db.sql.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM "Actor") AS actors, (SELECT count(*)::int FROM "Agreement") AS agreements,
    (SELECT count(*)::int FROM "Pledge") AS pledges, (SELECT count(*)::int FROM "Event") AS events,
    (SELECT count(*)::int FROM "Citation") AS citations`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Planned ${JSON.stringify(plan)}; the database now holds ${JSON.stringify(counts)}.`);
} catch (error) {
  console.error(`Synthetic data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
