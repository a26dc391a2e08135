// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite database.
import "./load-env";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";

const env = parseEnv();
const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
try {
  const result = await migrate(db.sql, { log: console.log });
  for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
  console.log(`Database (${db.kind}) is up to date: ${result.applied.length} applied now, ${result.alreadyApplied} already applied.`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
