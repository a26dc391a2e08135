// The records of a pair page: agreements and pledges that link two countries' nodes (as buildGraph's
// pairRecords does: no filters, organisations folded into their country) and events involving both.
// Each section is one query that counts its matches and returns one page of ids in page order
// (LIMIT/OFFSET in SQL), so a pair with thousands of records loads only the rows it shows.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PartyRole } from "@/lib/generated/prisma/enums";
import { clampPage, type NumberedPage, type PageRequest } from "./paging";
import { publicSql } from "./visibility";

const roles = Object.values(PartyRole) as string[];
const partner = 1 << (roles.indexOf(PartyRole.PARTNER) + 1);

/** A country's public parties to each agreement, their roles as a bit set (the same test as agreementPairs). */
const partiesOf = (code: string) => Prisma.sql`
  SELECT p."agreementId" AS rid, bit_or(1 << array_position(${roles}::text[], p.role::text)) AS roles
  FROM "AgreementParty" p JOIN "Actor" ac ON ac.id = p."actorId"
  WHERE ac."countryCode" = ${code}::char(2) AND ${publicSql.actor("ac")}
  GROUP BY 1`;

/** Matching records as (id, d): d is the date the section is ordered by, oldest first, undated last. */
function agreementMatches(a: string, b: string): Prisma.Sql {
  return Prisma.sql`
    SELECT ag.id, ag."startDate" AS d FROM "Agreement" ag
    JOIN (${partiesOf(a)}) x ON x.rid = ag.id
    JOIN (${partiesOf(b)}) y ON y.rid = ag.id
    WHERE ${publicSql.agreement("ag")} AND (x.roles <> y.roles OR x.roles & ${partner}::int <> 0)`;
}

function pledgeMatches(a: string, b: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.date AS d FROM "Pledge" p JOIN "Actor" dn ON dn.id = p."donorId"
    WHERE ${publicSql.pledge("p")} AND dn."countryCode" = ANY (${[a, b]}::text[]::char(2)[]) AND EXISTS (
      SELECT 1 FROM "PledgeRecipient" r JOIN "Actor" ac ON ac.id = r."actorId"
      WHERE r."pledgeId" = p.id AND ${publicSql.actor("ac")} AND ac."countryCode" = ANY (${[a, b]}::text[]::char(2)[]) AND ac."countryCode" <> dn."countryCode")`;
}

/** Events involving both countries: an actor of each (reporters aside), or one side's actor in the other's territory. */
function eventMatches(a: string, b: string): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e.date AS d FROM "Event" e
    JOIN (
      SELECT id FROM (
        SELECT id, "placeCountryCode"::text AS code FROM "Event" WHERE "placeCountryCode" = ANY (${[a, b]}::text[]::char(2)[])
        UNION
        SELECT ea."eventId", ac."countryCode"::text FROM "EventActor" ea JOIN "Actor" ac ON ac.id = ea."actorId"
        WHERE ea.role <> 'REPORTER' AND ${publicSql.actor("ac")} AND ac."countryCode" = ANY (${[a, b]}::text[]::char(2)[])
      ) involved GROUP BY id HAVING count(*) = 2
    ) both_sides ON both_sides.id = e.id
    WHERE ${publicSql.event("e")}`;
}

export interface IdPage {
  ids: number[];
  total: number;
  /** The page shown (past the end: the last page) and how many there are. */
  page: number;
  pageCount: number;
  per: number;
}

/**
 * One page of matching ids and the number of matches, in one query. A page past the end gives the
 * last page (the offset is clamped in SQL, as clampPage does); null asks for every match.
 */
async function pageOfIds(db: PrismaClient, matches: Prisma.Sql, request: PageRequest | null): Promise<IdPage> {
  const window = request
    ? Prisma.sql`LIMIT ${request.per}::int OFFSET LEAST(${(request.page - 1) * request.per}::int, GREATEST(0, (SELECT n FROM t) - 1) / ${request.per}::int * ${request.per}::int)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: number; total: number }[]>`
    WITH m AS (${matches}), t AS (SELECT count(*)::int AS n FROM m)
    SELECT m.id, t.n AS total FROM m, t
    ORDER BY m.d ASC NULLS LAST, m.id
    ${window}`;
  const total = rows[0]?.total ?? 0;
  const per = request?.per ?? Math.max(1, total);
  const { page, pageCount } = clampPage(total, { page: request?.page ?? 1, per });
  return { ids: rows.map((r) => r.id), total, page, pageCount, per };
}

export interface PairPages {
  agreements: PageRequest | null;
  pledges: PageRequest | null;
  events: PageRequest | null;
}

export function pairIdPages(db: PrismaClient, a: string, b: string, pages: PairPages): Promise<[IdPage, IdPage, IdPage]> {
  return Promise.all([
    pageOfIds(db, agreementMatches(a, b), pages.agreements),
    pageOfIds(db, pledgeMatches(a, b), pages.pledges),
    pageOfIds(db, eventMatches(a, b), pages.events),
  ]);
}

/** Rows for ids already in page order, a slice at a time: nested relations are loaded with one bind parameter per row. */
export async function inSlices<T>(ids: number[], load: (slice: number[]) => Promise<T[]>, size = 2000): Promise<T[]> {
  const slices: number[][] = [];
  for (let i = 0; i < ids.length; i += size) slices.push(ids.slice(i, i + size));
  return (await Promise.all(slices.map(load))).flat();
}

/** A page of rows with its position among all matches. */
export function numbered<T>(ids: IdPage, data: T[]): NumberedPage<T> {
  return { data, total: ids.total, page: ids.page, per: ids.per, pageCount: ids.pageCount };
}
