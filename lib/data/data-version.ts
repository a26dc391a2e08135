// A counter the database bumps on every write to the public tables (statement-level triggers in
// prisma/migrations/*_data_version), so aggregate views can be computed once per change and reused:
// admin edits, the seed, imports and hand-written SQL all invalidate it, on every app instance.
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Db = Pick<PrismaClient, "$queryRaw">;

/** One read of the counter (a primary-key lookup). */
export async function readDataVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ version: bigint | number }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
  return String(rows[0]?.version ?? 0);
}

/**
 * Reads a version on behalf of many concurrent callers: every caller gets a value read *after* it
 * asked (so a caller that has just written sees its own write), yet under load one query serves all
 * who arrive while another is in flight — at most one read runs and one waits.
 */
export class VersionReader {
  private inflight?: Promise<string>;
  private queued?: Promise<string>;

  constructor(private readonly read: () => Promise<string>) {}

  get(): Promise<string> {
    // A read already in flight may have started before this caller asked (before a write the caller
    // has just made), so the caller joins the next read, shared by everyone who arrives meanwhile.
    if (!this.inflight) return this.start();
    this.queued ??= this.inflight.then(
      () => this.start(),
      () => this.start(),
    );
    return this.queued;
  }

  private start(): Promise<string> {
    const p = this.read();
    this.inflight = p;
    this.queued = undefined;
    const clear = () => {
      if (this.inflight === p) this.inflight = undefined;
    };
    p.then(clear, clear);
    return p;
  }
}

const readers = new WeakMap<object, VersionReader>();

/** Reads `db`'s version with `read` instead of through Prisma (the app's client: cheaper, asked on every request). */
export function setVersionQuery(db: Db, read: () => Promise<string>): void {
  readers.set(db, new VersionReader(read));
}

/** The current data version of `db`, with concurrent reads coalesced (see VersionReader). */
export function dataVersion(db: Db): Promise<string> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new VersionReader(() => readDataVersion(db));
    readers.set(db, reader);
  }
  return reader.get();
}

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/**
 * A memo of values computed once per data version and key; concurrent callers share one promise.
 * Keys are kept in use order and the least recently used dropped past `maxEntries` (per database
 * client), so memory stays bounded whatever the URLs.
 */
export function createVersionMemo(maxEntries: number) {
  /** One memo per database client: two databases (as in the tests) can be at the same version number. */
  const memos = new WeakMap<object, Map<string, Entry>>();
  return async function memoize<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
    let memo = memos.get(db);
    if (!memo) memos.set(db, (memo = new Map()));
    const version = await dataVersion(db);
    const hit = memo.get(key);
    if (hit && hit.version === version) {
      memo.delete(key);
      memo.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    memo.delete(key);
    memo.set(key, { version, value });
    value.catch(() => memo.get(key)?.value === value && memo.delete(key)); // never cache a failure
    while (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
    return value;
  };
}

/** The shared memo for aggregate views (overview charts, facets, relationship graphs). */
export const memoizeByDataVersion = createVersionMemo(200);
