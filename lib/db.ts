// The one database connection of the app, kept on globalThis so dev hot reloads reuse it.
import "server-only";
import { VersionReader } from "@/lib/data/data-version";
import { connect, type Database } from "@/lib/db/connection";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { trackerDb?: Database; trackerDataVersion?: () => Promise<string> };

export const database: Database =
  globalForDb.trackerDb ?? connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
globalForDb.trackerDb = database;

export const prisma = database.prisma;

// The production server (scripts/serve.ts) tags cached pages with this; it runs outside the app's
// bundles, so it cannot open the database itself (an embedded PGlite allows one owner). It is asked on
// every page request, so it skips Prisma for the plain driver; concurrent reads share one query.
const versionReader = new VersionReader(async () => {
  const rows = await database.sql.query<{ version: string }>(`SELECT version::text AS version FROM "DataVersion" WHERE id = 1`);
  return rows[0]?.version ?? "0";
});
globalForDb.trackerDataVersion = () => versionReader.get();
