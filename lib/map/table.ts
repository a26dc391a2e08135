// The map's numbers as columns: one list feeds the page's table, the CSV and the API description, so
// they cannot disagree. Ukraine comes first (the partner of every record), then the other countries
// as the map orders them.
import { recordsOf, UKRAINE, type CooperationMap, type CountryCooperation } from "./cooperation";

export interface MapColumn {
  /** CSV header and API field. */
  name: string;
  /** Table header. */
  heading: string;
  description: string;
  value: (c: CountryCooperation) => string | number;
  numeric: boolean;
}

export const mapColumns: MapColumn[] = [
  {
    name: "code",
    heading: "Code",
    description: "ISO 3166-1 alpha-2 code of the country.",
    value: (c) => c.code,
    numeric: false,
  },
  {
    name: "country",
    heading: "Country",
    description: "The country's name.",
    value: (c) => c.name,
    numeric: false,
  },
  {
    name: "agreements",
    heading: "Agreements",
    description: "Agreements with Ukraine the country (its government, bodies or companies) is a party to; for Ukraine, all of them.",
    value: (c) => c.agreements,
    numeric: true,
  },
  {
    name: "pledges",
    heading: "Pledges",
    description: "Pledges to Ukraine made by the country (its government, bodies or companies); for Ukraine, all of them.",
    value: (c) => c.pledges,
    numeric: true,
  },
  {
    name: "records",
    heading: "Records",
    description: "Agreements plus pledges: what the shade counts.",
    value: recordsOf,
    numeric: true,
  },
  {
    name: "usd_pledged_known",
    heading: "Value pledged (known, USD)",
    description: "Sum of the pledges' values normalised to US dollars, where disclosed; 0 when none is known.",
    value: (c) => Math.round(c.usd * 100) / 100,
    numeric: true,
  },
  {
    name: "pledges_with_known_value",
    heading: "Pledges of known value",
    description: "Pledges whose USD value is known.",
    value: (c) => c.pledgesValued,
    numeric: true,
  },
  {
    name: "pledges_undisclosed_value",
    heading: "Pledges of undisclosed value",
    description: "Pledges whose value is not public (never counted as zero).",
    value: (c) => c.pledgesUndisclosed,
    numeric: true,
  },
  {
    name: "production_sites",
    heading: "Production here",
    description: "Agreements whose production is located in the country.",
    value: (c) => c.sites.production,
    numeric: true,
  },
  {
    name: "repair_sites",
    heading: "Repair here",
    description: "Agreements whose maintenance or repair is located in the country.",
    value: (c) => c.sites.repair,
    numeric: true,
  },
  {
    name: "training_sites",
    heading: "Training here",
    description: "Agreements whose training is located in the country.",
    value: (c) => c.sites.training,
    numeric: true,
  },
  {
    name: "actor_page",
    heading: "Page",
    description: "The country's page on the tracker, when it has one.",
    value: (c) => c.href ?? "",
    numeric: false,
  },
];

/** Ukraine first, then the partners. */
export function mapRows(map: CooperationMap): CountryCooperation[] {
  return [map.ukraine, ...map.countries];
}

export const isUkraine = (c: CountryCooperation) => c.code === UKRAINE;

/** The CSV: a column list and rows, for lib/csv's toCsv. Page links are absolute. */
export function mapCsv(map: CooperationMap, origin: string): { header: string[]; rows: (string | number)[][] } {
  return {
    header: mapColumns.map((c) => c.name),
    rows: mapRows(map).map((country) =>
      mapColumns.map((col) => (col.name === "actor_page" && country.href ? `${origin}${country.href}` : col.value(country))),
    ),
  };
}
