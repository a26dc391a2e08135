// What the overview (/) is built from: every published agreement, pledge and event (the charts count
// them), the headline counts and the latest events.
import { cache } from "react";
import { agreementsByStatus, agreementsByType, cooperationOverTime, pledgeOutcomes, pledgesByDonorCountry } from "@/lib/charts/overview";
import type { ChartData } from "@/lib/charts/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgreementFact, EventFact, PledgeFact } from "@/lib/charts/overview";
import { agreementWhere } from "./agreements";
import { memoizeByDataVersion } from "./data-version";
import { eventWhere, latestEvents } from "./events";
import { pledgeWhere } from "./pledges";
import { actorRefSelect, toDate, toMoney, visible } from "./shared";

/** Filters an embedded chart may carry (the same names as the list pages' and the API's). */
export interface OverviewFilters {
  country?: string;
  from?: Date;
  to?: Date;
}

/**
 * Only the fields the charts and headline figures count, for every matching record (no cap, so the
 * numbers stay right at any scale), computed once per data version (lib/data/data-version.ts).
 */
async function loadFacts(db: PrismaClient, filters: OverviewFilters) {
  const [agreementRows, pledgeRows, eventRows, actorsByKind, sources] = await Promise.all([
    db.agreement.findMany({
      where: await agreementWhere(db, filters),
      select: { slug: true, type: true, status: true, startDate: true, startDatePrecision: true },
      orderBy: { id: "asc" },
    }),
    db.pledge.findMany({
      where: await pledgeWhere(db, filters),
      select: {
        slug: true,
        title: true,
        status: true,
        donor: { select: actorRefSelect },
        valueDisclosure: true,
        valueAmount: true,
        valueCurrency: true,
        usdAmount: true,
        usdRate: true,
        usdRateDate: true,
        usdRateSource: true,
      },
      orderBy: { id: "asc" },
    }),
    db.event.findMany({ where: await eventWhere(db, filters), select: { slug: true, date: true, datePrecision: true, dateInferred: true }, orderBy: { id: "asc" } }),
    db.actor.groupBy({ by: ["kind"], where: visible, _count: { _all: true } }),
    db.source.count({ where: visible }),
  ]);
  const agreements: AgreementFact[] = agreementRows.map((a) => ({ slug: a.slug, type: a.type, status: a.status, startDate: toDate(a.startDate, a.startDatePrecision) }));
  const pledges: PledgeFact[] = pledgeRows.map((p) => ({
    slug: p.slug,
    title: p.title,
    status: p.status,
    donor: p.donor,
    value: toMoney(p),
    usd:
      p.usdAmount === null
        ? null
        : { amount: p.usdAmount.toFixed(), rate: p.usdRate!.toFixed(), rateDate: p.usdRateDate!.toISOString().slice(0, 10), rateSource: p.usdRateSource },
  }));
  const events: EventFact[] = eventRows.map((e) => ({ slug: e.slug, date: toDate(e.date, e.datePrecision, e.dateInferred)! }));
  return {
    agreements,
    pledges,
    events,
    actorsByKind: Object.fromEntries(actorsByKind.map((r) => [r.kind, r._count._all])) as Record<string, number>,
    sources,
  };
}

async function loadOverview(db: PrismaClient, filters: OverviewFilters = {}) {
  const [facts, latest] = await Promise.all([
    memoizeByDataVersion(db, `overview:${JSON.stringify(filters)}`, () => loadFacts(db, filters)),
    latestEvents(db, 6),
  ]);
  return { ...facts, latest };
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
