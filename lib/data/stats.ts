import type { PrismaClient } from "@/lib/generated/prisma/client";
import { visible } from "./shared";

/** Headline counts for the home page. */
export async function getCounts(db: PrismaClient) {
  const [actors, agreements, pledges, events, sources, citations] = await Promise.all([
    db.actor.count({ where: visible }),
    db.agreement.count({ where: visible }),
    db.pledge.count({ where: visible }),
    db.event.count({ where: visible }),
    db.source.count({ where: visible }),
    db.citation.count(),
  ]);
  return { actors, agreements, pledges, events, sources, citations };
}
export type Counts = Awaited<ReturnType<typeof getCounts>>;
