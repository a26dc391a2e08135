// The one database connection of the app, kept on globalThis so dev hot reloads reuse it.
import "server-only";
import { connect, type Database } from "@/lib/db/connection";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { trackerDb?: Database };

export const database: Database =
  globalForDb.trackerDb ?? connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
globalForDb.trackerDb = database;

export const prisma = database.prisma;
