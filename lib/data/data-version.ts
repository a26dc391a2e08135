// A counter the database bumps on every write to the public tables (statement-level triggers in
// prisma/migrations/*_data_version), so aggregate views can be computed once per change and reused:
// admin edits, the seed, imports and hand-written SQL all invalidate it, on every app instance.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function dataVersion(db: Pick<PrismaClient, "$queryRaw">): Promise<string> {
  const rows = await db.$queryRaw<{ version: bigint | number }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
  return String(rows[0]?.version ?? 0);
}

interface Entry {
  version: string;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 200;
/** One memo per database client: two databases (as in the tests) can be at the same version number. */
const memos = new WeakMap<object, Map<string, Entry>>();

/**
 * `compute()` once per data version and key; concurrent callers share the same promise. Keys are kept
 * in insertion order and the oldest dropped past MAX_ENTRIES, so memory stays bounded whatever the URLs.
 */
export async function memoizeByDataVersion<T>(db: Pick<PrismaClient, "$queryRaw">, key: string, compute: () => Promise<T>): Promise<T> {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const version = await dataVersion(db);
  const hit = memo.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  memo.delete(key);
  memo.set(key, { version, value });
  value.catch(() => memo.get(key)?.value === value && memo.delete(key)); // never cache a failure
  while (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return value;
}
