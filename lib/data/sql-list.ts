// Lists filtered and ordered in SQL: the database picks the ids of one page (and counts the total),
// then Prisma loads just those rows with their relations. Filters never travel as id lists, so a search
// matching 100,000 records is still one query with a handful of parameters (an `IN` list that long
// would exceed the bind-parameter limit: Prisma P2029).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { memoizeByDataVersion } from "./data-version";
import { clampPage, type PageRequest } from "./paging";

type Db = Pick<PrismaClient, "$queryRaw">;

export interface SqlList {
  /** The table with its alias, as the condition names it: Prisma.sql`"Agreement" g`. */
  from: Prisma.Sql;
  /** The filters as one condition. */
  where: Prisma.Sql;
  /**
   * Set when the list is unfiltered (every public record): its count then only changes with the data,
   * so it is kept per data version instead of counting the whole table on every request.
   */
  countKey?: string;
}

/** A day to compare with a date column: the UTC day of `d` (the query schemas give day boundaries). */
export function sqlDay(d: Date): Prisma.Sql {
  return Prisma.sql`${d.toISOString().slice(0, 10)}::date`;
}

/** Enum values as one array parameter: text[] cast to the enum's array (PGlite cannot bind enum arrays). */
export function enumArray(values: string[], enumType: string): Prisma.Sql {
  return Prisma.sql`${values}::text[]::${Prisma.raw(`"${enumType}"[]`)}`;
}

/** The rows of `list` after the API cursor (ids ascending). */
export function afterCursor(list: SqlList, id: Prisma.Sql, cursor: number | undefined): SqlList {
  return cursor === undefined ? list : { from: list.from, where: Prisma.sql`${list.where} AND ${id} > ${cursor}` };
}

/** The ids of matching rows in `orderBy` order: `take` of them after skipping `skip`. */
export async function listIds(db: Db, list: SqlList, orderBy: Prisma.Sql, take: number, skip = 0): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM ${list.from} WHERE ${list.where} ORDER BY ${orderBy} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => r.id);
}

export async function countList(db: Db, list: SqlList): Promise<number> {
  const count = async () => {
    const rows = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${list.from} WHERE ${list.where}`;
    return Number(rows[0]?.total ?? 0);
  };
  return list.countKey ? memoizeByDataVersion(db, `count:${list.countKey}`, count) : count();
}

/**
 * The total and the ids of one numbered page, clamped to the last page. An unfiltered list counts
 * from the per-version cache and reads its page by index; a filtered one gets page and total in one
 * pass (a window count), so a costly search runs once. Only a page past the end costs a second look.
 */
export async function pageOfIds(db: Db, list: SqlList, orderBy: Prisma.Sql, request: PageRequest) {
  const asked = (Math.max(1, request.page) - 1) * request.per;
  let total: number;
  let ids: number[];
  if (list.countKey) {
    [total, ids] = await Promise.all([countList(db, list), listIds(db, list, orderBy, request.per, asked)]);
  } else {
    const rows = await db.$queryRaw<{ id: number; total: number }[]>`
      SELECT id, count(*) OVER ()::int AS total FROM ${list.from} WHERE ${list.where} ORDER BY ${orderBy} LIMIT ${request.per} OFFSET ${asked}`;
    ids = rows.map((r) => r.id);
    total = rows.length > 0 ? Number(rows[0]!.total) : asked === 0 ? 0 : await countList(db, list);
  }
  const { page, pageCount, skip } = clampPage(total, request);
  return { total, page, pageCount, ids: skip === asked ? ids : await listIds(db, list, orderBy, request.per, skip) };
}

/** `rows` in the order of `ids` (a findMany by id returns them in any order). */
export function inIdOrder<R extends { id: number }>(ids: number[], rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
