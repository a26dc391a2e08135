import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type EventQuery } from "@/lib/schemas/query";
import type { NumberedPage, PageRequest } from "./paging";
import { eventSearch } from "./search";
import { afterCursor, enumArray, inIdOrder, listIds, pageOfIds, sqlDay, type SqlList } from "./sql-list";
import { actorRefSelect, citationArgs, toCitation, toDate, type Page } from "./shared";
import { publicEvent, publicEventActor, publicEventAgreement, publicEventPledge, publicSql } from "./visibility";

/** The event's own columns: shared by the API/pages select and the bulk export. */
export const eventScalarSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  kind: true,
  date: true,
  datePrecision: true,
  endDate: true,
  dateInferred: true,
  place: true,
  placeCountryCode: true,
  stance: true,
  topic: true,
  confidence: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export const eventSelect = {
  ...eventScalarSelect,
  actors: { where: publicEventActor, select: { role: true, actor: { select: actorRefSelect } } },
  agreements: { where: publicEventAgreement, select: { agreement: { select: { slug: true, title: true } } } },
  pledges: { where: publicEventPledge, select: { pledge: { select: { slug: true, title: true } } } },
  citations: citationArgs,
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

export function toEventDto(row: EventRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    kind: row.kind,
    date: toDate(row.date, row.datePrecision, row.dateInferred)!,
    endDate: row.endDate ? row.endDate.toISOString().slice(0, 10) : null,
    place: row.place,
    placeCountryCode: row.placeCountryCode,
    stance: row.stance,
    topic: row.topic,
    confidence: row.confidence,
    actors: row.actors.map((a) => ({ role: a.role, actor: a.actor })),
    agreements: row.agreements.map((a) => a.agreement),
    pledges: row.pledges.map((p) => p.pledge),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type EventDto = ReturnType<typeof toEventDto>;

type EventFilters = Omit<EventQuery, "limit" | "cursor">;

/** Events with a public participant (actor `a`) meeting the condition, as a set of ids (so indexes find them). */
const withParticipant = (condition: Prisma.Sql) =>
  Prisma.sql`SELECT ea."eventId" FROM "EventActor" ea JOIN "Actor" a ON a.id = ea."actorId" WHERE ${condition} AND ${publicSql.actor("a")}`;

/** The public events matching the filters — the one definition of the filters, for lists, the API and the overview. */
export function eventList(query: EventFilters): SqlList {
  const and: Prisma.Sql[] = [publicSql.event("e")];
  if (query.q) and.push(Prisma.sql`e.id IN (${eventSearch(query.q)})`);
  if (query.type) and.push(Prisma.sql`e.kind = ANY(${enumArray(query.type, "EventKind")})`);
  if (query.country)
    and.push(Prisma.sql`e.id IN (${withParticipant(Prisma.sql`a."countryCode" = ${query.country}`)}
      UNION SELECT pe.id FROM "Event" pe WHERE pe."placeCountryCode" = ${query.country})`);
  if (query.actor) and.push(Prisma.sql`e.id IN (${withParticipant(Prisma.sql`a.slug = ${query.actor}`)})`);
  // An event overlaps [from, to] when it starts before `to` and ends (or starts) after `from`.
  if (query.from) and.push(Prisma.sql`(e.date >= ${sqlDay(query.from)} OR e."endDate" >= ${sqlDay(query.from)})`);
  if (query.to) and.push(Prisma.sql`e.date <= ${sqlDay(query.to)}`);
  return { from: Prisma.sql`"Event" e`, where: Prisma.join(and, " AND "), countKey: and.length === 1 ? "events" : undefined };
}

async function loadInOrder(db: PrismaClient, ids: number[]) {
  const rows = ids.length > 0 ? await db.event.findMany({ where: { id: { in: ids } }, select: eventSelect }) : [];
  return inIdOrder(ids, rows).map(toEventDto);
}

export async function listEvents(db: PrismaClient, query: EventQuery): Promise<Page<EventDto>> {
  const id = Prisma.sql`e.id`;
  const ids = await listIds(db, afterCursor(eventList(query), id, query.cursor), id, query.limit + 1);
  const page = await loadInOrder(db, ids.slice(0, query.limit));
  return { data: page, nextCursor: ids.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getEvent(db: PrismaClient, slug: string): Promise<EventDto | null> {
  const row = await db.event.findFirst({ where: { slug, ...publicEvent }, select: eventSelect });
  return row ? toEventDto(row) : null;
}

/** The most recent events, newest first, for the home page. */
export async function latestEvents(db: PrismaClient, take = 8): Promise<EventDto[]> {
  const rows = await db.event.findMany({ where: publicEvent, select: eventSelect, orderBy: [{ date: "desc" }, { id: "desc" }], take });
  return rows.map(toEventDto);
}

/** One numbered page of the timeline: events in date order (oldest or newest first). */
export async function listTimelinePage(db: PrismaClient, filters: EventFilters, order: "oldest" | "newest", request: PageRequest): Promise<NumberedPage<EventDto>> {
  const direction = Prisma.raw(order === "oldest" ? "ASC" : "DESC");
  const orderBy = Prisma.sql`e.date ${direction}, e."endDate" ${direction} NULLS FIRST, e.id ${direction}`;
  const { total, page, pageCount, ids } = await pageOfIds(db, eventList(filters), orderBy, request);
  return { data: await loadInOrder(db, ids), total, page, per: request.per, pageCount };
}

/** Every event matching the filters, oldest first (for profiles and search). */
export async function listAllEvents(db: PrismaClient, filters: EventFilters, max = 10_000): Promise<EventDto[]> {
  return loadInOrder(db, await listIds(db, eventList(filters), Prisma.sql`e.date ASC, e.id ASC`, max));
}

