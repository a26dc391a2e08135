// Real databases for integration tests: a fresh, migrated PGlite in memory, and — when DATABASE_URL
// is set (always in CI) — a fresh PostgreSQL database created next to it and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connect, type Database, type DatabaseKind } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";

export interface TestDatabase extends Database {
  drop(): Promise<void>;
  /** The PostgreSQL database's URL (postgres mode), for tests that start another process on it. */
  url?: string;
}

/** The database modes to run against: PGlite always; Postgres when DATABASE_URL is set. */
export const databaseModes: DatabaseKind[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
if (!process.env.DATABASE_URL) {
  console.warn("DATABASE_URL is not set: integration tests run against embedded PGlite only (CI runs both).");
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const db = connect({ pgliteDataDir: "memory://" });
    await migrate(db.sql);
    return { ...db, drop: () => db.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is needed for the postgres mode.");
  const name = `tracker_it_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = connect({ databaseUrl: url.toString() });
  await migrate(db.sql);
  return {
    ...db,
    url: url.toString(),
    async drop() {
      await db.close();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
