// What the map counts: each country's cooperation with Ukraine, and where that cooperation's work
// happens. The rules (docs/decisions/034-cooperation-map.md) reuse the network's (030):
// - an agreement counts for a country when it ties the country to Ukraine in the network — one of the
//   country's actors is a party, so is a Ukrainian actor, and the two are not on the same side
//   (two beneficiaries of a US credit are not partners of each other);
// - a pledge counts for its donor's country when a Ukrainian actor is among its recipients;
// - value pledged is the sum of the pledges' normalised USD values; pledges of undisclosed value are
//   counted apart, never as zero;
// - markers: agreements counted above whose type is production, repair or training, in each country
//   of their `workCountryCodes`.
// The pages count in SQL (lib/data/cooperation-map.ts); `cooperationFromRecords` is the record-level
// reference the integration tests compare it with.
import { countryName } from "@/lib/format";
import type { AgreementType } from "@/lib/generated/prisma/enums";
import { agreementPairs, defaultFilters, passes, type GraphFilters, type GraphInput } from "@/lib/relationships/graph";
import { edgeKindOfAgreement, edgeKindOfPledge } from "@/lib/relationships/kinds";

export const UKRAINE = "UA";

export const SITE_KINDS = ["production", "repair", "training"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Agreement types whose work happens somewhere in particular, by the kind of site. */
export const siteKindOfAgreement: Partial<Record<AgreementType, SiteKind>> = {
  LICENSED_PRODUCTION: "production",
  JOINT_VENTURE: "production",
  CO_PRODUCTION: "production",
  TECHNOLOGY_TRANSFER: "production",
  MAINTENANCE_REPAIR: "repair",
  TRAINING: "training",
};

export type SiteCounts = Record<SiteKind, number>;

/** One country's figures (Ukraine's are its totals as the partner of all the others). */
export interface CountryCooperation {
  code: string;
  name: string;
  /** The country's actor page, when the tracker has one. */
  href: string | null;
  /** Agreements with Ukraine the country is a party to. */
  agreements: number;
  /** Pledges to Ukraine the country (its government, bodies or companies) made. */
  pledges: number;
  /** Sum of those pledges' USD values, where known. */
  usd: number;
  /** Pledges with a known USD value. */
  pledgesValued: number;
  /** Pledges whose value is undisclosed (never counted as zero). */
  pledgesUndisclosed: number;
  /** Agreements counted on the map whose production, repair or training happens in this country. */
  sites: SiteCounts;
}

export interface CooperationMap {
  /** Countries other than Ukraine with agreements, pledges or sites, most records first. */
  countries: CountryCooperation[];
  /** Ukraine: the agreements and pledges of every other country together (each record once), and its sites. */
  ukraine: CountryCooperation;
}

export const noSites = (): SiteCounts => ({
  production: 0,
  repair: 0,
  training: 0,
});

export function recordsOf(c: Pick<CountryCooperation, "agreements" | "pledges">): number {
  return c.agreements + c.pledges;
}

export function siteTotal(sites: SiteCounts): number {
  return sites.production + sites.repair + sites.training;
}

/** Most records first, then most sites, then by name. */
export function byActivity(a: CountryCooperation, b: CountryCooperation): number {
  return recordsOf(b) - recordsOf(a) || siteTotal(b.sites) - siteTotal(a.sites) || a.name.localeCompare(b.name, "en");
}

export function emptyCountry(code: string, name: string, href: string | null): CountryCooperation {
  return {
    code,
    name,
    href,
    agreements: 0,
    pledges: 0,
    usd: 0,
    pledgesValued: 0,
    pledgesUndisclosed: 0,
    sites: noSites(),
  };
}

/** The same figures from every record (no SQL): the reference for lib/data/cooperation-map.ts. */
export function cooperationFromRecords(input: GraphInput, filters: GraphFilters = defaultFilters): CooperationMap {
  const directory = new Map(input.countries.map((c) => [c.code.toUpperCase(), c]));
  const rows = new Map<string, CountryCooperation>();
  const row = (code: string) => {
    let r = rows.get(code);
    if (!r) {
      const actor = directory.get(code);
      r = emptyCountry(code, actor?.name ?? countryName(code), actor ? `/actors/${actor.slug}` : null);
      rows.set(code, r);
    }
    return r;
  };
  const ukraine = row(UKRAINE);
  const countryFilters = { ...filters, includeOrganisations: false };
  for (const agreement of input.agreements) {
    if (!passes(edgeKindOfAgreement[agreement.type], agreement.status, agreement.year, agreement.categories ?? [], countryFilters)) continue;
    const partners = agreementPairs(agreement, false)
      .filter((pair) => pair.includes(`c:${UKRAINE}`))
      .map((pair) => pair.find((k) => k !== `c:${UKRAINE}`)!.slice(2));
    if (partners.length === 0) continue;
    partners.forEach((code) => (row(code).agreements += 1));
    ukraine.agreements += 1;
    const site = siteKindOfAgreement[agreement.type];
    if (site) for (const code of new Set((agreement.workCountryCodes ?? []).map((c) => c.toUpperCase()))) row(code).sites[site] += 1;
  }
  for (const pledge of input.pledges) {
    if (!passes(edgeKindOfPledge[pledge.kind], pledge.status, pledge.year, pledge.category ? [pledge.category] : [], countryFilters)) continue;
    const donor = pledge.donor.countryCode?.toUpperCase();
    if (!donor || donor === UKRAINE || !pledge.recipients.some((r) => r.countryCode?.toUpperCase() === UKRAINE)) continue;
    for (const r of [row(donor), ukraine]) {
      r.pledges += 1;
      if (pledge.usd !== null) {
        r.usd += pledge.usd;
        r.pledgesValued += 1;
      }
      if (pledge.disclosure === "UNDISCLOSED") r.pledgesUndisclosed += 1;
    }
  }
  rows.delete(UKRAINE);
  return { countries: [...rows.values()].sort(byActivity), ukraine };
}
