import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type EventQuery } from "@/lib/schemas/query";
import { clampPage, type NumberedPage, type PageRequest } from "./paging";
import { searchEventIds } from "./search";
import { actorRefSelect, citationSelect, toCitation, toDate, visible, type Page } from "./shared";

export const eventSelect = {
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
  actors: { select: { role: true, actor: { select: actorRefSelect } } },
  agreements: { select: { agreement: { select: { slug: true, title: true } } } },
  pledges: { select: { pledge: { select: { slug: true, title: true } } } },
  citations: { select: citationSelect, orderBy: { id: "asc" } },
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

export async function eventWhere(db: PrismaClient, query: Omit<EventQuery, "limit" | "cursor">): Promise<Prisma.EventWhereInput> {
  const and: Prisma.EventWhereInput[] = [visible];
  if (query.q) and.push({ id: { in: await searchEventIds(db, query.q) } });
  if (query.type) and.push({ kind: { in: query.type } });
  if (query.country)
    and.push({ OR: [{ placeCountryCode: query.country }, { actors: { some: { actor: { countryCode: query.country } } } }] });
  if (query.actor) and.push({ actors: { some: { actor: { slug: query.actor } } } });
  // An event overlaps [from, to] when it starts before `to` and ends (or starts) after `from`.
  if (query.from) and.push({ OR: [{ date: { gte: query.from } }, { endDate: { gte: query.from } }] });
  if (query.to) and.push({ date: { lte: query.to } });
  return { AND: and };
}

export async function listEvents(db: PrismaClient, query: EventQuery): Promise<Page<EventDto>> {
  const where = await eventWhere(db, query);
  const rows = await db.event.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: query.cursor } }] } : where,
    select: eventSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toEventDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getEvent(db: PrismaClient, slug: string): Promise<EventDto | null> {
  const row = await db.event.findFirst({ where: { slug, ...visible }, select: eventSelect });
  return row ? toEventDto(row) : null;
}

/** The most recent events, newest first, for the home page. */
export async function latestEvents(db: PrismaClient, take = 8): Promise<EventDto[]> {
  const rows = await db.event.findMany({ where: visible, select: eventSelect, orderBy: [{ date: "desc" }, { id: "desc" }], take });
  return rows.map(toEventDto);
}

/** One numbered page of the timeline: events in date order (oldest or newest first). */
export async function listTimelinePage(
  db: PrismaClient,
  filters: Omit<EventQuery, "limit" | "cursor">,
  order: "oldest" | "newest",
  request: PageRequest,
): Promise<NumberedPage<EventDto>> {
  const where = await eventWhere(db, filters);
  const total = await db.event.count({ where });
  const { page, pageCount, skip } = clampPage(total, request);
  const direction = order === "oldest" ? "asc" : "desc";
  const rows = await db.event.findMany({
    where,
    select: eventSelect,
    orderBy: [{ date: direction }, { endDate: { sort: direction, nulls: "first" } }, { id: direction }],
    skip,
    take: request.per,
  });
  return { data: rows.map(toEventDto), total, page, per: request.per, pageCount };
}

/** Every event matching the filters, oldest first (for profiles and search). */
export async function listAllEvents(db: PrismaClient, filters: Omit<EventQuery, "limit" | "cursor">, max = 10_000): Promise<EventDto[]> {
  const where = await eventWhere(db, filters);
  const rows = await db.event.findMany({ where, select: eventSelect, orderBy: [{ date: "asc" }, { id: "asc" }], take: max });
  return rows.map(toEventDto);
}

