// Applies pending migrations from prisma/migrations to Postgres or PGlite, recording them in the
// `_prisma_migrations` table with the columns Prisma's CLI uses, so `prisma migrate deploy` on a machine
// with the native engines sees the same history. Each migration runs in its own transaction.
import { randomUUID } from "node:crypto";
import { listMigrations, type MigrationFile } from "./migrations";
import type { SqlRunner } from "./sql";

const historyTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Arbitrary constant: serialises concurrent `migrate` runs against one Postgres database. */
const LOCK_KEY = 72707369;

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
  warnings: string[];
}

export async function migrate(
  runner: SqlRunner,
  options: { migrations?: MigrationFile[]; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = options.migrations ?? (await listMigrations());
  await runner.exec(historyTable);
  await runner.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    const rows = await runner.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
    const failed = rows.filter((r) => r.finished_at === null).map((r) => r.migration_name);
    if (failed.length > 0) {
      throw new Error(`Migration ${failed.join(", ")} failed earlier and is marked unfinished in _prisma_migrations; fix the database by hand, then delete that row.`);
    }
    const result: MigrateResult = { applied: [], alreadyApplied: 0, warnings: [] };
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        result.alreadyApplied += 1;
        if (checksum !== migration.checksum) {
          result.warnings.push(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
        }
        continue;
      }
      log(`Applying migration ${migration.name}…`);
      await runner.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
}
