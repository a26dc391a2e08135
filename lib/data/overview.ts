// What the overview (/) is built from: every published agreement, pledge and event (the charts count
// them), the headline counts and the latest events.
import { cache } from "react";
import { agreementsByStatus, agreementsByType, cooperationOverTime, pledgeOutcomes, pledgesByDonorCountry } from "@/lib/charts/overview";
import type { ChartData } from "@/lib/charts/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listAllAgreements } from "./agreements";
import { listAllEvents } from "./events";
import { listAllPledges } from "./pledges";
import { visible } from "./shared";

async function loadOverview(db: PrismaClient) {
  const [agreements, pledges, events, actorsByKind, sources] = await Promise.all([
    listAllAgreements(db, {}, "newest"),
    listAllPledges(db, {}, "newest"),
    listAllEvents(db, {}),
    db.actor.groupBy({ by: ["kind"], where: visible, _count: { _all: true } }),
    db.source.count({ where: visible }),
  ]);
  return {
    agreements,
    pledges,
    events,
    actorsByKind: Object.fromEntries(actorsByKind.map((r) => [r.kind, r._count._all])) as Record<string, number>,
    sources,
  };
}

export const getOverview = cache(loadOverview);
export type Overview = Awaited<ReturnType<typeof loadOverview>>;

/** The overview's charts, in page order; also what /exports/charts/<id>.csv serves. */
export function overviewCharts(o: Pick<Overview, "agreements" | "pledges" | "events">): ChartData[] {
  return [
    pledgesByDonorCountry(o.pledges),
    pledgeOutcomes(o.pledges),
    agreementsByType(o.agreements),
    agreementsByStatus(o.agreements),
    cooperationOverTime(o.agreements, o.events),
  ];
}
