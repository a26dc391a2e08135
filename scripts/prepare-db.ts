// Migrates the database and seeds it on first run. Used by `npm start` and `npm run dev`.
import { ensureDevelopmentAdmin } from "@/lib/auth/users";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const env = parseEnv();
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
    await ensureDevelopmentAdmin(db.prisma, { ...env, NODE_ENV: process.env.NODE_ENV }, log);
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
