// Opens the database the environment asks for: DATABASE_URL → that PostgreSQL server (adapter-pg);
// unset → embedded PGlite persisted under PGLITE_DATA_DIR (default .data/pglite).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteRunner, pgRunner, type SqlRunner } from "./sql";

export type DatabaseKind = "postgres" | "pglite";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  pgliteDataDir?: string;
}

export function connect({ databaseUrl, pgliteDataDir = ".data/pglite" }: ConnectOptions): Database {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
    // A dropped connection must not crash the server; the next query reports the problem.
    pool.on("error", (error) => console.error("PostgreSQL pool error:", error.message));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgres",
      prisma,
      sql: pgRunner(pool),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let dataDir: string | undefined;
  if (pgliteDataDir !== "memory://") {
    dataDir = path.resolve(/*turbopackIgnore: true*/ pgliteDataDir);
    mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders.
  }
  const pglite = new PGlite(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteRunner(pglite),
    async close() {
      await prisma.$disconnect();
      // The adapter does not close PGlite; without this the process may hang.
      if (!pglite.closed) await pglite.close();
    },
  };
}
