// What the overview (/) is built from: every published agreement, pledge and event (the charts count
// them), the headline counts and the latest events.
import { cache } from "react";
import { agreementsByStatus, agreementsByType, cooperationOverTime, pledgeOutcomes, pledgesByDonorCountry } from "@/lib/charts/overview";
import type { ChartData } from "@/lib/charts/types";
import type { ActorKind, AgreementStatus, AgreementType, DatePrecision, PledgeStatus, Prisma, PrismaClient, ValueDisclosure } from "@/lib/generated/prisma/client";
import type { AgreementFact, EventFact, PledgeFact } from "@/lib/charts/overview";
import { agreementList } from "./agreements";
import { memoizeByDataVersion } from "./data-version";
import { eventList, latestEvents } from "./events";
import { pledgeList } from "./pledges";
import { toDate, toMoney } from "./shared";
import { publicActor, publicSource } from "./visibility";

/** Filters an embedded chart may carry (the same names as the list pages' and the API's). */
export interface OverviewFilters {
  country?: string;
  from?: Date;
  to?: Date;
}

interface AgreementFactRow {
  slug: string;
  type: AgreementType;
  status: AgreementStatus;
  startDate: Date | null;
  startDatePrecision: DatePrecision | null;
}
interface PledgeFactRow {
  slug: string;
  title: string;
  status: PledgeStatus;
  donorSlug: string;
  donorName: string;
  donorKind: ActorKind;
  donorCountryCode: string | null;
  valueDisclosure: ValueDisclosure;
  valueAmount: Prisma.Decimal | null;
  valueCurrency: string | null;
  usdAmount: Prisma.Decimal | null;
  usdRate: Prisma.Decimal | null;
  usdRateDate: Date | null;
  usdRateSource: string | null;
}
interface EventFactRow {
  slug: string;
  date: Date;
  datePrecision: DatePrecision;
  dateInferred: boolean;
}

/**
 * Only the fields the charts and headline figures count, for every matching record (no cap, so the
 * numbers stay right at any scale), computed once per data version (lib/data/data-version.ts). The
 * filters are the lists' own (agreementList, pledgeList, eventList), so a chart and its list agree.
 */
async function loadFacts(db: PrismaClient, filters: OverviewFilters) {
  const deals = agreementList(filters);
  const pledgeRecords = pledgeList(filters);
  const eventRecords = eventList(filters);
  const [agreementRows, pledgeRows, eventRows, actorsByKind, sources] = await Promise.all([
    db.$queryRaw<AgreementFactRow[]>`
      SELECT g.slug, g.type::text AS type, g.status::text AS status, g."startDate", g."startDatePrecision"::text AS "startDatePrecision"
      FROM ${deals.from} WHERE ${deals.where} ORDER BY g.id`,
    db.$queryRaw<PledgeFactRow[]>`
      SELECT p.slug, p.title, p.status::text AS status,
             d.slug AS "donorSlug", d.name AS "donorName", d.kind::text AS "donorKind", d."countryCode"::text AS "donorCountryCode",
             p."valueDisclosure"::text AS "valueDisclosure", p."valueAmount", p."valueCurrency"::text AS "valueCurrency",
             p."usdAmount", p."usdRate", p."usdRateDate", p."usdRateSource"
      FROM ${pledgeRecords.from} JOIN "Actor" d ON d.id = p."donorId" WHERE ${pledgeRecords.where} ORDER BY p.id`,
    db.$queryRaw<EventFactRow[]>`
      SELECT e.slug, e.date, e."datePrecision"::text AS "datePrecision", e."dateInferred"
      FROM ${eventRecords.from} WHERE ${eventRecords.where} ORDER BY e.id`,
    db.actor.groupBy({ by: ["kind"], where: publicActor, _count: { _all: true } }),
    db.source.count({ where: publicSource }),
  ]);
  const agreements: AgreementFact[] = agreementRows.map((a) => ({ slug: a.slug, type: a.type, status: a.status, startDate: toDate(a.startDate, a.startDatePrecision) }));
  const pledges: PledgeFact[] = pledgeRows.map((p) => ({
    slug: p.slug,
    title: p.title,
    status: p.status,
    donor: { slug: p.donorSlug, name: p.donorName, kind: p.donorKind, countryCode: p.donorCountryCode },
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
