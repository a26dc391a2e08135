// The one database connection of the app, kept on globalThis so dev hot reloads reuse it.
import "server-only";
import { setVersionQuery } from "@/lib/data/data-version";
import { connect, type Database } from "@/lib/db/connection";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { trackerDb?: Database };

export const database: Database =
  globalForDb.trackerDb ?? connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
globalForDb.trackerDb = database;

export const prisma = database.prisma;

// The data version is asked on every public page request (proxy.ts, for the page's ETag) and by every
// memoised view, so it skips Prisma for the plain driver; concurrent reads share one query.
setVersionQuery(prisma, async () => {
  const rows = await database.sql.query<{ version: string }>(`SELECT version::text AS version FROM "DataVersion" WHERE id = 1`);
  return rows[0]?.version ?? "0";
});
