import type { Metadata } from "next";
import { CheckboxGroup, SelectField, TextField } from "@/components/lists/fields";
import { actorMenuHint } from "@/components/lists/actor-menu-hint";
import { ActiveFilters, FilterPanel, ParamIssues } from "@/components/lists/filter-panel";
import { ListLayout } from "@/components/lists/list-layout";
import { Pagination } from "@/components/lists/pagination";
import { ResultsBar } from "@/components/lists/results-bar";
import { PledgeList } from "@/components/pledges/pledge-list";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { pledgeFacets } from "@/lib/data/facets";
import { listPledgesPage } from "@/lib/data/pledges";
import { EquipmentCategory, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import { countryName, labelOf } from "@/lib/format";
import { activeFilters } from "@/lib/lists/active";
import { actorGroups, countryOptions, enumOptions, partialDateLabel, yearOptions } from "@/lib/lists/options";
import { filtersOnly, hrefWith, PAGE_SIZES, parseListParams, pledgeListSchema, type RawParams } from "@/lib/lists/params";
import { pledgeSortLabels } from "@/lib/lists/sorts";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseListParams(pledgeListSchema, await searchParams);
  return {
    title: query.q ? `Pledges matching “${query.q}”` : "Pledges",
    description: "What was promised to Ukraine, by whom, how much — and whether it was delivered or refused, with sources.",
  };
}

export default async function PledgesPage({ searchParams }: Props) {
  const { query, raw, issues } = parseListParams(pledgeListSchema, await searchParams);
  const { sort, page, per, ...filters } = query;
  const [result, facets] = await Promise.all([listPledgesPage(prisma, filters, sort, { page, per }), pledgeFacets(prisma, { selectedActor: raw.actor?.[0] })]);
  const actorName = new Map(facets.actors.map((a) => [a.slug, a.name]));
  const chips = activeFilters("/pledges", raw, {
    q: (v) => `Search: “${v}”`,
    country: (v) => `Donor or recipient in ${countryName(v.toUpperCase())}`,
    donor: (v) => `Donor country: ${countryName(v.toUpperCase())}`,
    actor: (v) => `Donor or recipient: ${actorName.get(v) ?? v}`,
    type: (v) => `Kind: ${labelOf(v.toUpperCase())}`,
    status: (v) => `Status: ${labelOf(v.toUpperCase())}`,
    category: (v) => `Equipment: ${labelOf(v.toUpperCase())}`,
    from: (v) => `From ${partialDateLabel(v)}`,
    to: (v) => `To ${partialDateLabel(v)}`,
  });

  return (
    <ListLayout
      title="Pledges"
      intro="Promises of equipment, money, training and services — with quantities, original amounts and currencies, USD conversions that state their rate, and whether each was delivered, is under discussion or was refused."
      filters={
        <FilterPanel id="pledge-filters" action="/pledges" clearHref="/pledges" activeCount={chips.length} foldedActive={chips.filter((c) => c.param !== "q").length} search={<TextField name="q" label="Search pledges" value={raw.q?.[0]} placeholder="e.g. tanks, Storm Shadow" />}>
          <SelectField name="donor" label="Donor country" value={raw.donor?.[0]?.toUpperCase()} options={countryOptions(facets.donorCountries)} anyLabel="Any donor country" />
          <SelectField name="country" label="Donor or recipient country" value={raw.country?.[0]?.toUpperCase()} options={countryOptions(facets.countries)} anyLabel="Any country" />
          <SelectField name="actor" label="Donor or recipient" value={raw.actor?.[0]} groups={actorGroups(facets.actors)} anyLabel="Anyone" hint={actorMenuHint(facets, "pledges")} />
          <div className="grid grid-cols-2 gap-2">
            <SelectField name="from" label="From year" value={raw.from?.[0]} options={yearOptions([...facets.years].reverse())} formatUnknown={partialDateLabel} />
            <SelectField name="to" label="To year" value={raw.to?.[0]} options={yearOptions(facets.years)} formatUnknown={partialDateLabel} />
          </div>
          <CheckboxGroup name="status" legend="Status" options={enumOptions(PledgeStatus)} values={raw.status} />
          <CheckboxGroup name="type" legend="Kind" options={enumOptions(PledgeKind)} values={raw.type} />
          <CheckboxGroup name="category" legend="Equipment" options={enumOptions(EquipmentCategory)} values={raw.category} />
        </FilterPanel>
      }
    >
      <ParamIssues issues={issues} />
      <ResultsBar
        formId="pledge-filters"
        total={result.total}
        page={result.page}
        per={per}
        noun={["pledge", "pledges"]}
        sort={{ name: "sort", value: sort }}
        sortOptions={pledgeSortLabels}
        perOptions={PAGE_SIZES}
        csvHref={hrefWith("/exports/pledges.csv", filtersOnly(raw))}
      />
      <ActiveFilters filters={chips} />
      {result.data.length === 0 ? (
        <EmptyState title="No pledges match these filters.">Try fewer filters, or search for a donor by another name (e.g. “Britain”).</EmptyState>
      ) : (
        <PledgeList pledges={result.data} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/pledges", raw, { page: String(p) })} />
    </ListLayout>
  );
}
