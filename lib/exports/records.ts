// Columns of the list exports (/exports/deals.csv, /exports/pledges.csv). Money keeps its original
// amount and currency; an undisclosed value has an empty amount and says UNDISCLOSED, never 0; a USD
// figure comes with its rate, the rate's date and source.
import type { AgreementDto } from "@/lib/data/agreements";
import type { PledgeDto } from "@/lib/data/pledges";
import type { CsvCell } from "@/lib/csv";
import { dealHref } from "@/lib/links";

const unique = (values: string[]) => [...new Set(values)];
const sourcesOf = (citations: { source: { slug: string } }[]) => unique(citations.map((c) => c.source.slug)).join("; ");

export const dealCsvHeader = [
  "slug",
  "title",
  "type",
  "status",
  "confidence",
  "start_date",
  "start_date_precision",
  "value_disclosure",
  "value_amount",
  "value_currency",
  "equipment_categories",
  "work_countries",
  "work_location",
  "parties",
  "sources",
  "url",
];

export function dealCsvRow(deal: AgreementDto, siteUrl: string): CsvCell[] {
  return [
    deal.slug,
    deal.title,
    deal.type,
    deal.status,
    deal.confidence,
    deal.startDate?.date,
    deal.startDate?.precision,
    deal.value.disclosure,
    deal.value.amount,
    deal.value.currency,
    deal.categories.join("; "),
    deal.workCountryCodes.join("; "),
    deal.workLocation,
    deal.parties.map((p) => `${p.actor.name} (${p.role})`).join("; "),
    sourcesOf([...deal.citations, ...deal.parties.flatMap((p) => p.citations), ...deal.statusHistory.flatMap((s) => s.citations)]),
    new URL(dealHref(deal.slug), siteUrl).toString(),
  ];
}

export const pledgeCsvHeader = [
  "slug",
  "title",
  "donor",
  "donor_country",
  "recipients",
  "kind",
  "item",
  "equipment_category",
  "quantity",
  "unit",
  "status",
  "confidence",
  "date",
  "date_precision",
  "date_inferred",
  "value_disclosure",
  "value_amount",
  "value_currency",
  "usd_amount",
  "usd_rate",
  "usd_rate_date",
  "usd_rate_source",
  "agreement",
  "sources",
];

export function pledgeCsvRow(p: PledgeDto): CsvCell[] {
  return [
    p.slug,
    p.title,
    p.donor.name,
    p.donor.countryCode,
    p.recipients.map((r) => r.name).join("; "),
    p.kind,
    p.item,
    p.category,
    p.quantity?.amount,
    p.quantity?.unit,
    p.status,
    p.confidence,
    p.date?.date,
    p.date?.precision,
    p.date ? String(p.date.inferred ?? false) : null,
    p.value.disclosure,
    p.value.amount,
    p.value.currency,
    p.usd?.amount,
    p.usd?.rate,
    p.usd?.rateDate,
    p.usd?.rateSource,
    p.agreement?.slug,
    sourcesOf(p.citations),
  ];
}
