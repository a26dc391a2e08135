// Example requests shown on /api. Slugs are taken from the database at request time, so every
// example answers 200 with real data (tests/e2e/open-data.spec.ts fetches each one).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseQuery } from "./handlers";
import { agreementQuerySchema } from "@/lib/schemas/query";
import { visible } from "@/lib/data/shared";

export interface ApiExample {
  path: string;
  what: string;
}

/** The examples, and an actor's slug for the feed example (null in an empty database). */
export async function apiExamples(db: PrismaClient): Promise<{ examples: ApiExample[]; actorSlug: string | null }> {
  const [agreement, actor, event] = await Promise.all([
    db.agreement.findFirst({ where: visible, orderBy: { id: "asc" }, select: { slug: true, title: true } }),
    db.actor.findFirst({ where: { ...visible, kind: "COUNTRY" }, orderBy: { id: "asc" }, select: { slug: true, name: true } }),
    db.event.findFirst({ where: visible, orderBy: { date: "desc" }, select: { slug: true, title: true } }),
  ]);
  const examples: ApiExample[] = [
    { path: "/api/v1/agreements?country=GB&q=licensed%20production", what: "Deals with a British party or British work that mention licensed production (full-text search)." },
    { path: "/api/v1/agreements?status=SIGNED,IN_PROGRESS&limit=5", what: "Signed or ongoing deals, five per page; follow nextCursor for more." },
    { path: "/api/v1/actors?q=Britain", what: "Actors found by an alias: “Britain” finds the United Kingdom." },
    { path: "/api/v1/pledges?type=EQUIPMENT", what: "Equipment pledges with donor, recipients, value and delivery status." },
    { path: "/api/v1/events?from=2023&to=2023", what: "Everything that happened in 2023." },
    { path: "/api/v1/sources", what: "The articles the facts are quoted from (metadata only)." },
  ];
  if (agreement) examples.splice(2, 0, { path: `/api/v1/agreements/${agreement.slug}`, what: `One deal — “${agreement.title}” — with its parties, status history and quotes.` });
  if (actor) {
    examples.push({ path: `/api/v1/actors/${actor.slug}`, what: `One actor (${actor.name}) with its links to other actors.` });
    examples.push({ path: `/api/v1/events?actor=${actor.slug}`, what: `Events ${actor.name} took part in.` });
  }
  if (event) examples.push({ path: `/api/v1/events/${event.slug}`, what: `The latest event: “${event.title}”.` });
  return { examples, actorSlug: actor?.slug ?? null };
}

/** The 400 body the API really sends for `limit=0`, for the errors section. */
export async function exampleError(): Promise<string> {
  const result = parseQuery(agreementQuerySchema, new Request("http://localhost/api/v1/agreements?limit=0&colour=blue"));
  return result.ok ? "" : JSON.stringify(await result.response.json(), null, 2);
}
