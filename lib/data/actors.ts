import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type ActorQuery } from "@/lib/schemas/query";
import { searchActorIds } from "./search";
import { actorRefSelect, citationSelect, toCitation, visible, type Page } from "./shared";

const linkSelect = { type: true, sharePercent: true, role: true, note: true, citations: { select: citationSelect } } satisfies Prisma.ActorLinkSelect;

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
  linksFrom: { select: { ...linkSelect, to: { select: actorRefSelect } }, orderBy: { id: "asc" } },
  linksTo: { select: { ...linkSelect, from: { select: actorRefSelect } }, orderBy: { id: "asc" } },
  citations: { select: citationSelect, orderBy: { id: "asc" } },
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

export async function listActors(db: PrismaClient, query: ActorQuery): Promise<Page<ActorDto>> {
  const and: Prisma.ActorWhereInput[] = [visible];
  if (query.q) and.push({ id: { in: await searchActorIds(db, query.q) } });
  if (query.type) and.push({ kind: { in: query.type } });
  if (query.country) and.push({ countryCode: query.country });
  if (query.cursor) and.push({ id: { gt: query.cursor } });
  const rows = await db.actor.findMany({ where: { AND: and }, select: actorSelect, orderBy: { id: "asc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return { data: page.map(toActorDto), nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null };
}

export async function getActor(db: PrismaClient, slug: string): Promise<ActorDto | null> {
  const row = await db.actor.findFirst({ where: { slug, ...visible }, select: actorSelect });
  return row ? toActorDto(row) : null;
}
