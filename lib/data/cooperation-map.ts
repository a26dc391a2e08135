// The map's figures counted in PostgreSQL: per country, its agreements and pledges with Ukraine, the
// value pledged and the sites of production, repair and training — a few hundred rows whatever the
// data size, computed once per data version and filter set. The rules are in lib/map/cooperation.ts
// (cooperationFromRecords counts the same from every record; the integration tests compare both).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PartyRole } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/format";
import { drawMap, type MapDrawing } from "@/lib/map/drawing";
import type { ShadeMeasure } from "@/lib/map/scale";
import { renderPanelSvg } from "@/lib/map/svg";
import {
  byActivity,
  emptyCountry,
  siteKindOfAgreement,
  UKRAINE,
  type CooperationMap,
  type CountryCooperation,
  type SiteKind,
} from "@/lib/map/cooperation";
import { defaultFilters, type GraphFilters } from "@/lib/relationships/graph";
import { memoizeByDataVersion } from "./data-version";
import { publicSql } from "./visibility";
import { agreementTable, directoryOf, pledgeTable, recordConditions, recordYears } from "./relationship-graph";
import { filtersKey } from "./relationships";

/**
 * Records that count as cooperation. Today every record does; records marked as context (an
 * adversary's supplies, a third country's own purchases) are to be left out here, in this one place.
 */
function countsAsCooperation(_alias: "a" | "p"): Prisma.Sql {
  return Prisma.sql`TRUE`;
}

interface Row {
  kind: "agreements" | "pledges" | "ua-agreements" | "ua-pledges" | SiteKind;
  code: string | null;
  n: number;
  usd: string | null;
  valued: number | null;
  undisclosed: number | null;
}

function mapQuery(filters: GraphFilters): Prisma.Sql {
  const roles = Object.values(PartyRole) as string[];
  const partner = 1 << (roles.indexOf(PartyRole.PARTNER) + 1);
  const sites = Object.entries(siteKindOfAgreement).map(([type, site]) => Prisma.sql`WHEN ${type} THEN ${site}`);
  const countryFilters = { ...filters, includeOrganisations: false };
  return Prisma.sql`
    WITH an AS (
      SELECT id, upper("countryCode") AS code FROM "Actor" pub WHERE "countryCode" IS NOT NULL AND ${publicSql.actor("pub")}
    ), ag AS (
      SELECT a.id, a.type::text AS type, a."workCountryCodes" AS work
      FROM "Agreement" a
      WHERE ${recordConditions(agreementTable, countryFilters)} AND ${countsAsCooperation("a")}
    ), party_codes AS (
      SELECT p."agreementId" AS rid, an.code, bit_or(1 << array_position(${roles}::text[], p.role::text)) AS roles
      FROM ag JOIN "AgreementParty" p ON p."agreementId" = ag.id JOIN an ON an.id = p."actorId"
      GROUP BY 1, 2
    ), ag_ua AS (
      -- Each agreement with each country it ties to Ukraine (not on Ukraine's side of the deal).
      SELECT x.rid, x.code
      FROM party_codes x JOIN party_codes u ON u.rid = x.rid AND u.code = ${UKRAINE}
      WHERE x.code <> ${UKRAINE} AND (x.roles <> u.roles OR x.roles & ${partner}::int <> 0)
    ), pl_ua AS (
      -- Each pledge to Ukraine with its donor's country.
      SELECT DISTINCT p.id AS rid, dn.code, p."usdAmount" AS usd, p."valueDisclosure"::text AS disclosure
      FROM "Pledge" p
      JOIN an dn ON dn.id = p."donorId"
      JOIN "PledgeRecipient" r ON r."pledgeId" = p.id
      JOIN an rn ON rn.id = r."actorId"
      WHERE ${recordConditions(pledgeTable, countryFilters)} AND ${countsAsCooperation("p")} AND rn.code = ${UKRAINE} AND dn.code <> ${UKRAINE}
    ), site_rows AS (
      SELECT DISTINCT ag.id, upper(w.code) AS code, CASE ag.type ${Prisma.join(sites, " ")} END AS site
      FROM ag CROSS JOIN LATERAL unnest(ag.work) AS w(code)
      WHERE ag.id IN (SELECT rid FROM ag_ua)
    )
    SELECT 'agreements' AS kind, code, count(*)::int AS n, NULL AS usd, NULL::int AS valued, NULL::int AS undisclosed FROM ag_ua GROUP BY code
    UNION ALL
    SELECT 'pledges', code, count(*)::int, sum(usd)::text, count(usd)::int, (count(*) FILTER (WHERE disclosure = 'UNDISCLOSED'))::int FROM pl_ua GROUP BY code
    UNION ALL
    SELECT 'ua-agreements', NULL, count(DISTINCT rid)::int, NULL, NULL, NULL FROM ag_ua
    UNION ALL
    SELECT 'ua-pledges', NULL, count(*)::int, sum(usd)::text, count(usd)::int, (count(*) FILTER (WHERE disclosure = 'UNDISCLOSED'))::int
    FROM (SELECT DISTINCT rid, usd, disclosure FROM pl_ua) pledges
    UNION ALL
    SELECT site, code, count(*)::int, NULL, NULL, NULL FROM site_rows WHERE site IS NOT NULL GROUP BY site, code`;
}

async function computeCooperationMap(db: PrismaClient, filters: GraphFilters): Promise<CooperationMap> {
  const [rows, directory] = await Promise.all([db.$queryRaw<Row[]>(mapQuery(filters)), directoryOf(db, [])]);
  const countries = new Map<string, CountryCooperation>();
  const row = (code: string) => {
    let r = countries.get(code);
    if (!r) {
      const actor = directory.countries.get(code);
      r = emptyCountry(code, actor?.name ?? countryName(code), actor ? `/actors/${actor.slug}` : null);
      countries.set(code, r);
    }
    return r;
  };
  const ukraine = row(UKRAINE);
  for (const r of rows) {
    const target = r.code === null ? ukraine : row(r.code);
    if (r.kind === "agreements" || r.kind === "ua-agreements") target.agreements = r.n;
    else if (r.kind === "pledges" || r.kind === "ua-pledges") {
      Object.assign(target, {
        pledges: r.n,
        usd: Number(r.usd ?? 0),
        pledgesValued: r.valued ?? 0,
        pledgesUndisclosed: r.undisclosed ?? 0,
      });
    } else target.sites[r.kind] = r.n;
  }
  countries.delete(UKRAINE);
  return { countries: [...countries.values()].sort(byActivity), ukraine };
}

/** The map's figures for a filter set (organisations are always folded into their country). */
export function getCooperationMap(db: PrismaClient, filters: GraphFilters = defaultFilters): Promise<CooperationMap> {
  const countryFilters = { ...filters, includeOrganisations: false };
  return memoizeByDataVersion(db, `map:${filtersKey(countryFilters)}`, () => computeCooperationMap(db, countryFilters));
}

export interface MapView {
  map: CooperationMap;
  drawing: MapDrawing;
  /** Each panel drawn as SVG markup (lib/map/svg.ts). */
  panels: { id: string; title: string; svg: string }[];
  /** The years records are dated in, for the year-range filter. */
  years: number[];
}

/** The map page's content — figures, drawing and markup — computed once per data version, filter set and shading. */
export function getMapView(db: PrismaClient, filters: GraphFilters, measure: ShadeMeasure, idPrefix = "map"): Promise<MapView> {
  const countryFilters = { ...filters, includeOrganisations: false };
  return memoizeByDataVersion(db, `map-view:${filtersKey(countryFilters)}:${measure}:${idPrefix}`, async () => {
    const [map, years] = await Promise.all([getCooperationMap(db, countryFilters), recordYears(db)]);
    const drawing = drawMap(map, measure);
    const panels = drawing.panels.map((panel) => ({
      id: panel.id,
      title: panel.title,
      svg: renderPanelSvg(panel, {
        id: `${idPrefix}-${panel.id}`,
        label: `Map: ${panel.title}`,
      }),
    }));
    return { map, drawing, panels, years };
  });
}

/** Exported for the integration tests: the SQL count without the memo. */
export { computeCooperationMap };
