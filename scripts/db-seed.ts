// npm run db:seed — loads seeds/ into the database in one transaction. Idempotent: a second run
// changes nothing. On any invalid record nothing is written and the record and field are named.
import "./load-env";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { SeedError } from "@/lib/seed/dataset";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";

const env = parseEnv();
const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
const started = Date.now();
try {
  await migrate(db.sql, { log: console.log });
  console.log(`Seeding the ${db.kind} database from seeds/…`);
  const summary = await seedDatabase(db.prisma, dataset, { log: console.log });
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.written === 0 ? "nothing changed" : `${summary.written} records written`}; ${summary.citations} citations in the database.`,
  );
} catch (error) {
  if (error instanceof SeedError) console.error(`Seed refused, nothing was written:\n${error.message}`);
  else console.error(`Seed failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
