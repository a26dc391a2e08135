// The global search (/search?q=): actors, deals, pledges, events and sources matching one query,
// through the same search SQL as the lists and the API (names, aliases and full text).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listActorsPage } from "./actors";
import { listAgreementsPage } from "./agreements";
import { listTimelinePage } from "./events";
import { listPledgesPage } from "./pledges";
import { listSources } from "./sources";

export async function searchEverything(db: PrismaClient, q: string, per = 8) {
  const [actors, deals, pledges, events, sources] = await Promise.all([
    listActorsPage(db, { q }, "activity", { page: 1, per }),
    listAgreementsPage(db, { q }, "newest", { page: 1, per }),
    listPledgesPage(db, { q }, "newest", { page: 1, per }),
    listTimelinePage(db, { q }, "newest", { page: 1, per }),
    listSources(db, { q, limit: per }),
  ]);
  return { actors, deals, pledges, events, sources: sources.data };
}

/** The alias through which a query found an actor ("Britain" → United Kingdom), if not its name. */
export function matchedAlias(actor: { name: string; aliases: string[] }, q: string): string | null {
  const needle = q.trim().toLowerCase();
  if (!needle || actor.name.toLowerCase().includes(needle)) return null;
  return actor.aliases.find((a) => a.toLowerCase() === needle) ?? actor.aliases.find((a) => a.toLowerCase().includes(needle)) ?? null;
}
