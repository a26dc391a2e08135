// A minimal SQL runner over either node-postgres or PGlite, for migrations and raw maintenance.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Client, Pool, PoolClient } from "pg";

export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite | Transaction): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async transaction(fn) {
      if (!("transaction" in db)) return fn(this);
      return db.transaction((tx) => fn(pgliteRunner(tx)));
    },
  };
}

export function pgRunner(db: Pool | Client | PoolClient, inTransaction = false): SqlRunner {
  return {
    async exec(sql) {
      await db.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      if (inTransaction) return fn(this);
      const client = "connect" in db && "totalCount" in db ? await (db as Pool).connect() : (db as Client | PoolClient);
      try {
        await client.query("BEGIN");
        const result = await fn(pgRunner(client, true));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        if (client !== db) (client as PoolClient).release();
      }
    },
  };
}
