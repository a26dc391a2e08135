// The map's sentences — tooltips, accessible names, table headers, the legend — in one place, so that
// the picture, the table, the CSV and a screen reader say the same thing (and translate together).
import { formatMoney } from "@/lib/format";
import { SITE_KINDS, siteTotal, type CountryCooperation, type SiteKind } from "./cooperation";

const n = (value: number) => value.toLocaleString("en-GB");
const plural = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;

export const money = (usd: number) =>
  formatMoney({
    disclosure: "DISCLOSED",
    amount: String(usd),
    currency: "USD",
  });

export const siteKindLabel: Record<SiteKind, { label: string; description: string }> = {
  production: {
    label: "Production",
    description: "licensed production, joint ventures, co-production, technology transfer",
  },
  repair: {
    label: "Repair and maintenance",
    description: "maintenance and repair",
  },
  training: { label: "Training", description: "training of Ukrainian forces" },
};

export function sitesPhrase(sites: CountryCooperation["sites"]): string | null {
  if (siteTotal(sites) === 0) return null;
  const parts = SITE_KINDS.filter((k) => sites[k] > 0).map((k) => `${siteKindLabel[k].label.toLowerCase()} ${n(sites[k])}`);
  return `work located here (agreements): ${parts.join(", ")}`;
}

export function valuePhrase(c: CountryCooperation): string {
  const parts: string[] = [];
  if (c.pledgesValued > 0) parts.push(`${money(c.usd)} known (${plural(c.pledgesValued, "pledge", "pledges")})`);
  if (c.pledgesUndisclosed > 0) parts.push(`${plural(c.pledgesUndisclosed, "pledge", "pledges")} of undisclosed value`);
  return parts.join(", ");
}

/** The lines of a country's tooltip; joined, its accessible name. */
export function countryLines(c: CountryCooperation): string[] {
  const lines = [`${c.name}:`];
  if (c.agreements + c.pledges === 0) lines.push("no agreement or pledge with Ukraine under these filters;");
  else {
    lines.push(`${plural(c.agreements, "agreement", "agreements")} with Ukraine as a party;`);
    const value = valuePhrase(c);
    lines.push(`${plural(c.pledges, "pledge", "pledges")} to Ukraine${value ? ` — ${value}` : ""};`);
  }
  const sites = sitesPhrase(c.sites);
  if (sites) lines.push(`${sites};`);
  return end(lines);
}

export function ukraineLines(c: CountryCooperation, partners: number): string[] {
  const lines = [
    `${c.name}:`,
    `the partner in every record on this map — ${plural(c.agreements, "agreement", "agreements")} and ${plural(c.pledges, "pledge", "pledges")} with ${plural(partners, "country", "countries")};`,
  ];
  const sites = sitesPhrase(c.sites);
  if (sites) lines.push(`${sites};`);
  return end(lines);
}

/** The last line ends with a full stop instead of a semicolon. */
function end(lines: string[]): string[] {
  const last = lines.length - 1;
  lines[last] = lines[last]!.replace(/[;:]$/, ".");
  return lines;
}

export const mapText = {
  europe: "Europe",
  world: "The rest of the world",
  europeFrame: "Area shown on the map of Europe",
  figureTitle: "Cooperation with Ukraine by country",
  shadeRecords: "Shade: agreements and pledges with Ukraine",
  shadeUsd: "Shade: value pledged to Ukraine, where known (USD)",
  noRecords: "No agreement or pledge with Ukraine recorded",
  noKnownValue: "Records with Ukraine, no disclosed value",
  ukraine: "Ukraine — the partner in every record",
  markerNote: "Where the work happens: agreements whose production, repair or training is located in the country (a bigger mark is more agreements).",
};
