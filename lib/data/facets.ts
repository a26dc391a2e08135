// The choices the list filters offer, drawn from the published data: the countries, actors and years
// that actually occur, so a menu never offers a filter that can only return nothing. Computed with SQL
// aggregates once per data version (lib/data/data-version.ts), not per request.
//
// The actor menus offer the actors with the most records, not all of them: thousands of <option>s
// would make every list page megabytes long. The actor in the URL is always offered; any other actor
// is reached from its page under /actors or by searching for its name.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { memoizeByDataVersion } from "./data-version";
import { actorRefSelect, type ActorRef } from "./shared";
import { publicActor, publicSql } from "./visibility";

type Db = Pick<PrismaClient, "$queryRaw">;

/** How many actors an actor menu offers by default. */
export const ACTOR_MENU_SIZE = 100;

export interface Facets {
  countries: string[];
  /** The actors with the most records, by name, plus the selected actor wherever it ranks. */
  actors: ActorRef[];
  /** How many actors have records at all; more than the menu offers when it is cut. */
  actorTotal: number;
  years: number[];
}

export interface FacetOptions {
  /** The actor (slug) chosen in the URL: offered even when it is not among the top actors. */
  selectedActor?: string;
  /** How many top actors to offer (ACTOR_MENU_SIZE unless a test wants fewer). */
  limit?: number;
}

/** One row per (actor, record) that the actor takes part in, over public records (the actor's own visibility is checked where they are listed). */
type Involvement = Prisma.Sql;

const dealParties: Involvement = Prisma.sql`
  SELECT p."actorId" AS actor, p."agreementId" AS record FROM "AgreementParty" p JOIN "Agreement" g ON g.id = p."agreementId"
  WHERE ${publicSql.agreement("g")}`;
const pledgeDonors: Involvement = Prisma.sql`
  SELECT p."donorId" AS actor, p.id AS record FROM "Pledge" p WHERE ${publicSql.pledge("p")}`;
const pledgeActors: Involvement = Prisma.sql`
  ${pledgeDonors}
  UNION ALL
  SELECT r."actorId" AS actor, r."pledgeId" AS record FROM "PledgeRecipient" r JOIN "Pledge" p ON p.id = r."pledgeId"
  WHERE ${publicSql.pledge("p")}`;
const eventActors: Involvement = Prisma.sql`
  SELECT ea."actorId" AS actor, ea."eventId" AS record FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
  WHERE ${publicSql.event("e")}`;

/** The `limit` public actors with the most records (ties by name), listed by name; and how many there are. */
async function topActors(db: Db, involvement: Involvement, limit: number): Promise<{ actors: ActorRef[]; total: number }> {
  const rows = await db.$queryRaw<(ActorRef & { total: number })[]>`
    WITH tally AS (SELECT i.actor, count(DISTINCT i.record) AS records FROM (${involvement}) i GROUP BY i.actor)
    SELECT a.slug, a.name, a.kind::text AS kind, a."countryCode", count(*) OVER ()::int AS total
    FROM tally t JOIN "Actor" a ON a.id = t.actor
    WHERE ${publicSql.actor("a")}
    ORDER BY t.records DESC, a.name, a.id
    LIMIT ${limit}`;
  return { actors: byName(rows.map(({ total: _total, ...actor }) => actor)), total: rows[0]?.total ?? 0 };
}

/** Countries of the public actors taking part, plus `extra` (a query giving more codes as `code`). */
async function countries(db: Db, involvement: Involvement, extra?: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT DISTINCT c.code FROM (
      SELECT a."countryCode"::text AS code FROM "Actor" a
      WHERE ${publicSql.actor("a")} AND a.id IN (SELECT i.actor FROM (${involvement}) i)
      ${extra ? Prisma.sql`UNION ALL ${extra}` : Prisma.empty}
    ) c
    WHERE c.code IS NOT NULL
    ORDER BY c.code`;
  return rows.map((r) => r.code.trim());
}

async function years(db: Db, table: "Agreement" | "Pledge" | "Event", column: "startDate" | "date"): Promise<number[]> {
  const visible = table === "Agreement" ? publicSql.agreement("t") : table === "Pledge" ? publicSql.pledge("t") : publicSql.event("t");
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM t.${Prisma.raw(`"${column}"`)})::int AS year FROM ${Prisma.raw(`"${table}"`)} t
    WHERE ${visible} AND t.${Prisma.raw(`"${column}"`)} IS NOT NULL ORDER BY year DESC`;
  return rows.map((r) => Number(r.year));
}

function byName(actors: ActorRef[]): ActorRef[] {
  // English dictionary order whatever the database's collation, as on /actors.
  return [...actors].sort((a, b) => a.name.localeCompare(b.name, "en") || a.slug.localeCompare(b.slug));
}

/** Adds the selected actor to the menu when it is a public actor the top list left out. */
async function withSelected<F extends Facets>(db: PrismaClient, facets: F, slug: string | undefined): Promise<F> {
  if (!slug || facets.actors.some((a) => a.slug === slug)) return facets;
  const actor = await db.actor.findFirst({ where: { slug, ...publicActor }, select: actorRefSelect });
  return actor ? { ...facets, actors: byName([...facets.actors, actor]) } : facets;
}

/** Countries of parties and places of work; the parties with the most deals; years deals started. */
export async function dealFacets(db: PrismaClient, { selectedActor, limit = ACTOR_MENU_SIZE }: FacetOptions = {}): Promise<Facets> {
  const facets = await memoizeByDataVersion(db, `facets:deals:${limit}`, async (): Promise<Facets> => {
    const workCountries = Prisma.sql`
      SELECT unnest(g."workCountryCodes") AS code FROM "Agreement" g WHERE ${publicSql.agreement("g")}`;
    const [top, countryList, yearList] = await Promise.all([
      topActors(db, dealParties, limit),
      countries(db, dealParties, workCountries),
      years(db, "Agreement", "startDate"),
    ]);
    return { countries: countryList, actors: top.actors, actorTotal: top.total, years: yearList };
  });
  return withSelected(db, facets, selectedActor);
}

/** Countries of donors and recipients; the actors giving or receiving most pledges; years of pledges. */
export async function pledgeFacets(db: PrismaClient, { selectedActor, limit = ACTOR_MENU_SIZE }: FacetOptions = {}): Promise<Facets & { donorCountries: string[] }> {
  const facets = await memoizeByDataVersion(db, `facets:pledges:${limit}`, async () => {
    const [top, countryList, donorCountries, yearList] = await Promise.all([
      topActors(db, pledgeActors, limit),
      countries(db, pledgeActors),
      countries(db, pledgeDonors),
      years(db, "Pledge", "date"),
    ]);
    return { countries: countryList, donorCountries, actors: top.actors, actorTotal: top.total, years: yearList };
  });
  return withSelected(db, facets, selectedActor);
}

/** Countries of places and participants; the actors in most events; years of events. */
export async function timelineFacets(db: PrismaClient, { selectedActor, limit = ACTOR_MENU_SIZE }: FacetOptions = {}): Promise<Facets> {
  const facets = await memoizeByDataVersion(db, `facets:timeline:${limit}`, async (): Promise<Facets> => {
    const places = Prisma.sql`
      SELECT e."placeCountryCode"::text AS code FROM "Event" e WHERE ${publicSql.event("e")}`;
    const [top, countryList, yearList] = await Promise.all([topActors(db, eventActors, limit), countries(db, eventActors, places), years(db, "Event", "date")]);
    return { countries: countryList, actors: top.actors, actorTotal: top.total, years: yearList };
  });
  return withSelected(db, facets, selectedActor);
}

/** Countries that actors belong to. */
export async function actorFacets(db: PrismaClient): Promise<{ countries: string[] }> {
  const rows = await db.actor.findMany({ where: { ...publicActor, countryCode: { not: null } }, select: { countryCode: true }, distinct: ["countryCode"] });
  return { countries: [...new Set(rows.map((r) => r.countryCode!))] };
}
