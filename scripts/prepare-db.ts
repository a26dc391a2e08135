// Migrates the database, seeds it on first run and makes the first admin when there is no account.
// Used by `npm start` and `npm run dev`.
import "./load-env";
import { ensureFirstAdmin } from "@/lib/auth/users";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";

export async function prepareDatabase(log: (line: string) => void = console.log, env = parseEnv()): Promise<void> {
  const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    const where = db.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env.PGLITE_DATA_DIR}`;
    log(`Database: ${where}`);
    const result = await migrate(db.sql, { log });
    for (const warning of result.warnings) log(`Warning: ${warning}`);
    const seeded = await db.prisma.seedState.count();
    if (seeded === 0) {
      log("First run: seeding from seeds/…");
      const summary = await seedDatabase(db.prisma, dataset, { log });
      log(`Seeded ${summary.written} records with ${summary.citations} citations.`);
    } else {
      log("Database already seeded (run `npm run db:seed` to load changes to seeds/).");
    }
    // The first start of an empty database makes its first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or
    // with a one-time password printed here once (lib/auth/users.ts).
    await ensureFirstAdmin(db.prisma, env, log);
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error: unknown) => {
    console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
