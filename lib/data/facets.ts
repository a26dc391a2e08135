// The choices the list filters offer, drawn from the published data: the countries, actors and years
// that actually occur, so a menu never offers a filter that can only return nothing.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { actorRefSelect, visible, type ActorRef } from "./shared";

type Db = Pick<PrismaClient, "$queryRaw">;

async function years(db: Db, table: "Agreement" | "Pledge" | "Event", column: "startDate" | "date"): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM t.${Prisma.raw(`"${column}"`)})::int AS year FROM ${Prisma.raw(`"${table}"`)} t
    WHERE t."isPublished" AND t."deletedAt" IS NULL AND t.${Prisma.raw(`"${column}"`)} IS NOT NULL ORDER BY year DESC`;
  return rows.map((r) => Number(r.year));
}

function codes(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

export interface Facets {
  countries: string[];
  actors: ActorRef[];
  years: number[];
}

/** Countries of parties and places of work; actors that are parties; years deals started. */
export async function dealFacets(db: PrismaClient): Promise<Facets> {
  const [actors, work, yearList] = await Promise.all([
    db.actor.findMany({ where: { ...visible, parties: { some: { agreement: visible } } }, select: actorRefSelect, orderBy: { name: "asc" } }),
    db.agreement.findMany({ where: visible, select: { workCountryCodes: true } }),
    years(db, "Agreement", "startDate"),
  ]);
  return { countries: codes([...actors.map((a) => a.countryCode), ...work.flatMap((w) => w.workCountryCodes)]), actors, years: yearList };
}

/** Countries of donors and recipients; actors that give or receive; years of pledges. */
export async function pledgeFacets(db: PrismaClient): Promise<Facets & { donorCountries: string[] }> {
  const [actors, donors, yearList] = await Promise.all([
    db.actor.findMany({
      where: { ...visible, OR: [{ pledgesMade: { some: visible } }, { pledgesGot: { some: { pledge: visible } } }] },
      select: actorRefSelect,
      orderBy: { name: "asc" },
    }),
    db.actor.findMany({ where: { ...visible, pledgesMade: { some: visible } }, select: { countryCode: true } }),
    years(db, "Pledge", "date"),
  ]);
  return { countries: codes(actors.map((a) => a.countryCode)), donorCountries: codes(donors.map((d) => d.countryCode)), actors, years: yearList };
}

/** Countries of places and participants; actors in events; years of events. */
export async function timelineFacets(db: PrismaClient): Promise<Facets> {
  const [actors, places, yearList] = await Promise.all([
    db.actor.findMany({ where: { ...visible, events: { some: { event: visible } } }, select: actorRefSelect, orderBy: { name: "asc" } }),
    db.event.findMany({ where: visible, select: { placeCountryCode: true } }),
    years(db, "Event", "date"),
  ]);
  return { countries: codes([...actors.map((a) => a.countryCode), ...places.map((p) => p.placeCountryCode)]), actors, years: yearList };
}

/** Countries that actors belong to. */
export async function actorFacets(db: PrismaClient): Promise<{ countries: string[] }> {
  const rows = await db.actor.findMany({ where: { ...visible, countryCode: { not: null } }, select: { countryCode: true }, distinct: ["countryCode"] });
  return { countries: codes(rows.map((r) => r.countryCode)) };
}
