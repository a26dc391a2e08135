import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type ActorQuery } from "@/lib/schemas/query";
import { searchActorIds } from "./search";
import type { ActorSort } from "@/lib/lists/sorts";
import { clampPage, type NumberedPage, type PageRequest } from "./paging";
import { actorRefSelect, citationArgs, toCitation, type Page } from "./shared";
import { publicActor, publicAgreement, publicEvent, publicLinkFrom, publicLinkTo, publicPledge } from "./visibility";

const linkSelect = { type: true, sharePercent: true, role: true, note: true, citations: citationArgs } satisfies Prisma.ActorLinkSelect;

const actorSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  countryCode: true,
  aliases: true,
  description: true,
  title: true,
  updatedAt: true,
  linksFrom: { where: publicLinkTo, select: { ...linkSelect, to: { select: actorRefSelect } }, orderBy: { id: "asc" } },
  linksTo: { where: publicLinkFrom, select: { ...linkSelect, from: { select: actorRefSelect } }, orderBy: { id: "asc" } },
  citations: citationArgs,
} satisfies Prisma.ActorSelect;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof actorSelect }>;
type LinkRow = ActorRow["linksFrom"][number];

function toLink(link: Omit<LinkRow, "to">, direction: "outgoing" | "incoming", actor: LinkRow["to"]) {
  return {
    type: link.type,
    direction,
    sharePercent: link.sharePercent?.toFixed() ?? null,
    role: link.role,
    note: link.note,
    actor,
    citations: link.citations.map(toCitation),
  };
}

export function toActorDto(row: ActorRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    countryCode: row.countryCode,
    aliases: row.aliases,
    description: row.description,
    title: row.title,
    /** Outgoing: this actor OWNS / is MEMBER_OF … `actor`. Incoming: `actor` OWNS / is MEMBER_OF … this actor. */
    links: [
      ...row.linksFrom.map(({ to, ...l }) => toLink(l, "outgoing", to)),
      ...row.linksTo.map(({ from, ...l }) => toLink(l, "incoming", from)),
    ],
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ActorDto = ReturnType<typeof toActorDto>;

export async function actorWhere(db: PrismaClient, query: Omit<ActorQuery, "limit" | "cursor">): Promise<Prisma.ActorWhereInput> {
  const and: Prisma.ActorWhereInput[] = [publicActor];
  if (query.q) and.push({ id: { in: await searchActorIds(db, query.q) } });
  if (query.type) and.push({ kind: { in: query.type } });
  if (query.country) and.push({ countryCode: query.country });
  return { AND: and };
}

export async function listActors(db: PrismaClient, query: ActorQuery): Promise<Page<ActorDto>> {
  const where = await actorWhere(db, query);
  const rows = await db.actor.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: query.cursor } }] } : where,
    select: actorSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toActorDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getActor(db: PrismaClient, slug: string): Promise<ActorDto | null> {
  const row = await db.actor.findFirst({ where: { slug, ...publicActor }, select: actorSelect });
  return row ? toActorDto(row) : null;
}

export interface ActorActivity {
  agreements: number;
  pledgesMade: number;
  pledgesReceived: number;
  events: number;
}

/** How many public agreements, pledges and events each actor appears in (each record once). */
export async function actorActivity(db: PrismaClient, actorIds: number[]): Promise<Map<number, ActorActivity>> {
  const [parties, made, received, events] = await Promise.all([
    db.agreementParty.findMany({ where: { actorId: { in: actorIds }, agreement: publicAgreement }, select: { actorId: true, agreementId: true }, distinct: ["actorId", "agreementId"] }),
    db.pledge.groupBy({ by: ["donorId"], where: { donorId: { in: actorIds }, ...publicPledge }, _count: { _all: true } }),
    db.pledgeRecipient.findMany({ where: { actorId: { in: actorIds }, pledge: publicPledge }, select: { actorId: true } }),
    db.eventActor.findMany({ where: { actorId: { in: actorIds }, event: publicEvent }, select: { actorId: true, eventId: true }, distinct: ["actorId", "eventId"] }),
  ]);
  const out = new Map<number, ActorActivity>(actorIds.map((id) => [id, { agreements: 0, pledgesMade: 0, pledgesReceived: 0, events: 0 }]));
  for (const p of parties) out.get(p.actorId)!.agreements++;
  for (const m of made) out.get(m.donorId)!.pledgesMade = m._count._all;
  for (const r of received) out.get(r.actorId)!.pledgesReceived++;
  for (const e of events) out.get(e.actorId)!.events++;
  return out;
}

export type ActorListItem = ActorDto & { activity: ActorActivity };

/** One numbered page of actors for /actors, sorted by name or by how many records they appear in. */
export async function listActorsPage(
  db: PrismaClient,
  filters: Omit<ActorQuery, "limit" | "cursor">,
  sort: ActorSort,
  request: PageRequest,
): Promise<NumberedPage<ActorListItem>> {
  const where = await actorWhere(db, filters);
  const all = await db.actor.findMany({ where, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const activity = await actorActivity(db, all.map((a) => a.id));
  const weight = (id: number) => {
    const a = activity.get(id)!;
    return a.agreements + a.pledgesMade + a.pledgesReceived + a.events;
  };
  // Names sort in English dictionary order whatever the database's collation ("Babcock" before "BBC").
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
  const ordered = [...all].sort(sort === "activity" ? (a, b) => weight(b.id) - weight(a.id) || byName(a, b) : byName);
  const { page, pageCount, skip } = clampPage(all.length, request);
  const ids = ordered.slice(skip, skip + request.per).map((a) => a.id);
  const rows = await db.actor.findMany({ where: { id: { in: ids } }, select: actorSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const data = ids.map((id) => ({ ...toActorDto(byId.get(id)!), activity: activity.get(id)! }));
  return { data, total: all.length, page, per: request.per, pageCount };
}

