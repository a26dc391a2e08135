// Free-text search, in SQL: PostgreSQL full-text search over titles and descriptions (so "licensed
// production artillery" works), plus case-insensitive matches on names and aliases (so "Britain" finds
// the United Kingdom and "DCI" finds Défense Conseil International). Subqueries of matching ids for the
// big lists (agreements, pledges, events); id lists for actors and sources.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { publicSql } from "./visibility";

type Db = Pick<PrismaClient, "$queryRaw">;

function like(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Actors whose name, slug or any alias contains q (case-insensitive). */
export async function searchActorIds(db: Db, q: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Actor" a
    WHERE a.name ILIKE ${like(q)} OR a.slug ILIKE ${like(q)}
       OR EXISTS (SELECT 1 FROM unnest(a.aliases) alias WHERE alias ILIKE ${like(q)})
       OR to_tsvector('english', a.name || ' ' || coalesce(a.description, '')) @@ websearch_to_tsquery('english', ${q})`;
  return rows.map((r) => r.id);
}

/** Public actors that a query names exactly (by name or alias) — used to find a deal by its parties. */
function actorIdsNamedBy(q: string): Prisma.Sql {
  return Prisma.sql`SELECT a.id FROM "Actor" a WHERE lower(a.name) = lower(${q}) AND ${publicSql.actor("a")}
    UNION SELECT a.id FROM "Actor" a WHERE lower_aliases(a.aliases) @> ARRAY[lower(${q})] AND ${publicSql.actor("a")}`;
}

/**
 * The search conditions of the big lists are subqueries (`SELECT id …`) for the list's own query, never
 * id lists: a common word matches tens of thousands of records, more than a query can bind as parameters.
 */
export function agreementSearch(q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT g.id FROM "Agreement" g
    WHERE agreement_search_document(g.title, g.summary, g.type, g.categories, g."workLocation") @@ websearch_to_tsquery('english', ${q})
    UNION
    SELECT p."agreementId" FROM "AgreementParty" p WHERE p."actorId" IN (${actorIdsNamedBy(q)})`;
}

export function pledgeSearch(q: string): Prisma.Sql {
  const named = actorIdsNamedBy(q);
  return Prisma.sql`
    SELECT p.id FROM "Pledge" p
    WHERE pledge_search_document(p.title, p.item, p.note, p.category, p.status) @@ websearch_to_tsquery('english', ${q})
    UNION
    SELECT p.id FROM "Pledge" p WHERE p."donorId" IN (${named})
    UNION
    SELECT r."pledgeId" FROM "PledgeRecipient" r WHERE r."actorId" IN (${named})`;
}

export function eventSearch(q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id FROM "Event" e
    WHERE event_search_document(e.title, e.description, e.topic, e.place) @@ websearch_to_tsquery('english', ${q})
    UNION
    SELECT ea."eventId" FROM "EventActor" ea WHERE ea."actorId" IN (${actorIdsNamedBy(q)})`;
}

export async function searchSourceIds(db: Db, q: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT s.id FROM "Source" s
    WHERE s.title ILIKE ${like(q)} OR coalesce(s.publisher, '') ILIKE ${like(q)} OR coalesce(s.author, '') ILIKE ${like(q)}
       OR to_tsvector('english', s.title) @@ websearch_to_tsquery('english', ${q})`;
  return rows.map((r) => r.id);
}
