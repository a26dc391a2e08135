// Menu options for the list filters: enum values with readable labels, countries by name, actors
// grouped by kind.
import type { ActorRef } from "@/lib/data/shared";
import { countryName, labelOf } from "@/lib/format";

export interface Option {
  value: string;
  label: string;
}

export function enumOptions(values: Record<string, string>): Option[] {
  return Object.values(values).map((value) => ({ value, label: labelOf(value) }));
}

export function countryOptions(codes: string[]): Option[] {
  return codes.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, "en"));
}

const kindGroups: Record<string, string> = {
  COUNTRY: "Countries",
  GOVERNMENT_BODY: "Government bodies",
  COMPANY: "Companies",
  ORGANISATION: "Organisations",
  ALLIANCE: "Alliances",
  PERSON: "People",
};

export function actorGroups(actors: ActorRef[]): { label: string; options: Option[] }[] {
  return Object.entries(kindGroups)
    .map(([kind, label]) => ({ label, options: actors.filter((a) => a.kind === kind).map((a) => ({ value: a.slug, label: a.name })) }))
    .filter((g) => g.options.length > 0);
}

export function yearOptions(years: number[]): Option[] {
  return years.map((y) => ({ value: String(y), label: String(y) }));
}

/** "2023-02" → "Feb 2023" for a partial date in the URL that a year menu does not list. */
export function partialDateLabel(value: string): string {
  const [y, m, d] = value.split("-");
  const month = m ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(" ");
}
