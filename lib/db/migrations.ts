// Reads prisma/migrations in Prisma's own layout: <timestamp>_<name>/migration.sql.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// Resolved from the working directory (npm scripts and `next start` run from the project root),
// so the same code works when bundled by Next.js.
const root = process.cwd();
export const migrationsDir = path.join(root, "prisma", "migrations");
export const schemaPath = path.join(root, "prisma", "schema.prisma");

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the file, as Prisma's CLI stores it in _prisma_migrations.checksum. */
  checksum: string;
}

export async function listMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  const names = entries.filter((name) => /^\d{14}_[a-z0-9_]+$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}
