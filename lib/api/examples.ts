// Example requests shown on /api. The query examples need no particular record; the record examples
// take their slugs from the database at request time, so every example answers 200 with real data
// (tests/e2e/open-data.spec.ts fetches each one).
import { cache } from "react";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicActor, publicAgreement, publicEvent } from "@/lib/data/visibility";
import { agreementQuerySchema, searchParamsToObject } from "@/lib/schemas/query";
import { queryIssues } from "./handlers";

export interface ApiExample {
  path: string;
  what: string;
}

export const queryExamples: ApiExample[] = [
  { path: "/api/v1/agreements?country=GB&q=licensed%20production", what: "Deals with a British party or British work that mention licensed production (full-text search)." },
  { path: "/api/v1/agreements?status=SIGNED,IN_PROGRESS&limit=5", what: "Signed or ongoing deals, five per page; follow nextCursor for more." },
  { path: "/api/v1/actors?q=Britain", what: "Actors found by an alias: “Britain” finds the United Kingdom." },
  { path: "/api/v1/pledges?type=EQUIPMENT", what: "Equipment pledges with donor, recipients, value and delivery status." },
  { path: "/api/v1/events?from=2023&to=2023", what: "Everything that happened in 2023." },
  { path: "/api/v1/sources", what: "The articles the facts are quoted from (metadata only)." },
];

/** Examples about single records, and an actor's slug for the feed example (null in an empty database). */
export const recordExamples = cache(async (db: PrismaClient): Promise<{ examples: ApiExample[]; actorSlug: string | null }> => {
  const [agreement, actor, event] = await Promise.all([
    db.agreement.findFirst({ where: publicAgreement, orderBy: { id: "asc" }, select: { slug: true, title: true } }),
    db.actor.findFirst({ where: { ...publicActor, kind: "COUNTRY" }, orderBy: { id: "asc" }, select: { slug: true, name: true } }),
    db.event.findFirst({ where: publicEvent, orderBy: [{ date: "desc" }, { id: "desc" }], select: { slug: true, title: true } }),
  ]);
  const examples: ApiExample[] = [];
  if (agreement) examples.push({ path: `/api/v1/agreements/${agreement.slug}`, what: `One deal — “${agreement.title}” — with its parties, status history and quotes.` });
  if (actor) {
    examples.push({ path: `/api/v1/actors/${actor.slug}`, what: `One actor (${actor.name}) with its links to other actors.` });
    examples.push({ path: `/api/v1/events?actor=${actor.slug}`, what: `Events ${actor.name} took part in.` });
  }
  if (event) examples.push({ path: `/api/v1/events/${event.slug}`, what: `The latest event: “${event.title}”.` });
  return { examples, actorSlug: actor?.slug ?? null };
});

/** The 400 body the API really sends for `?limit=0&colour=blue`, for the errors section. */
export function exampleError(): string {
  const issues = queryIssues(agreementQuerySchema, searchParamsToObject(new URLSearchParams("limit=0&colour=blue")));
  return JSON.stringify({ error: "Invalid query parameters.", issues }, null, 2);
}
