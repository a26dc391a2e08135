// The one database connection of the app, kept on globalThis so dev hot reloads reuse it.
import "server-only";
import { dataVersion, setVersionQuery } from "@/lib/data/data-version";
import { connect, type Database } from "@/lib/db/connection";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { trackerDb?: Database; trackerDataVersion?: () => Promise<string> };

export const database: Database =
  globalForDb.trackerDb ?? connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
globalForDb.trackerDb = database;

export const prisma = database.prisma;

// The data version is asked on every page request (scripts/serve.ts) and by every memoised view, so
// it skips Prisma for the plain driver; concurrent reads share one query. The server runs outside the
// app's bundles and cannot open the database itself (an embedded PGlite allows one owner): it gets the
// reader through globalThis.
setVersionQuery(prisma, async () => {
  const rows = await database.sql.query<{ version: string }>(`SELECT version::text AS version FROM "DataVersion" WHERE id = 1`);
  return rows[0]?.version ?? "0";
});
globalForDb.trackerDataVersion = () => dataVersion(prisma);
