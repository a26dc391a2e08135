import type { Metadata } from "next";
import { DealList } from "@/components/deals/deal-list";
import { CheckboxGroup, SelectField, TextField } from "@/components/lists/fields";
import { actorMenuHint } from "@/components/lists/actor-menu-hint";
import { ActiveFilters, FilterPanel, ParamIssues } from "@/components/lists/filter-panel";
import { ListLayout } from "@/components/lists/list-layout";
import { Pagination } from "@/components/lists/pagination";
import { ResultsBar } from "@/components/lists/results-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { listAgreementsPage } from "@/lib/data/agreements";
import { dealFacets } from "@/lib/data/facets";
import { AgreementStatus, AgreementType, EquipmentCategory } from "@/lib/generated/prisma/enums";
import { countryName, labelOf } from "@/lib/format";
import { activeFilters } from "@/lib/lists/active";
import { actorGroups, countryOptions, enumOptions, partialDateLabel, yearOptions } from "@/lib/lists/options";
import { dealListSchema, filtersOnly, hrefWith, PAGE_SIZES, parseListParams, type RawParams } from "@/lib/lists/params";
import { dealSortLabels } from "@/lib/lists/sorts";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseListParams(dealListSchema, await searchParams);
  return {
    title: query.q ? `Deals matching “${query.q}”` : "Deals",
    description: "Every agreement between Western actors and Ukraine: licensed production, joint ventures, repair, training, exports and financing, with sources.",
  };
}

export default async function DealsPage({ searchParams }: Props) {
  const { query, raw, issues } = parseListParams(dealListSchema, await searchParams);
  const { sort, page, per, ...filters } = query;
  const [result, facets] = await Promise.all([listAgreementsPage(prisma, filters, sort, { page, per }), dealFacets(prisma, { selectedActor: raw.actor?.[0] })]);
  const actorName = new Map(facets.actors.map((a) => [a.slug, a.name]));
  const chips = activeFilters("/deals", raw, {
    q: (v) => `Search: “${v}”`,
    country: (v) => `Country: ${countryName(v.toUpperCase())}`,
    actor: (v) => `Party: ${actorName.get(v) ?? v}`,
    type: (v) => `Type: ${labelOf(v.toUpperCase())}`,
    status: (v) => `Status: ${labelOf(v.toUpperCase())}`,
    category: (v) => `Equipment: ${labelOf(v.toUpperCase())}`,
    from: (v) => `From ${partialDateLabel(v)}`,
    to: (v) => `To ${partialDateLabel(v)}`,
  });
  const csvHref = hrefWith("/exports/deals.csv", filtersOnly(raw));

  return (
    <ListLayout
      title="Deals"
      intro="Agreements on licensed production, joint ventures, co-production, repair, training, exports and financing — each with its parties, status history and the quotes it rests on."
      filters={
        <FilterPanel id="deal-filters" action="/deals" clearHref="/deals" activeCount={chips.length} foldedActive={chips.filter((c) => c.param !== "q").length} search={<TextField name="q" label="Search deals" value={raw.q?.[0]} placeholder="e.g. licensed production artillery" />}>
          <SelectField name="country" label="Country" value={raw.country?.[0]?.toUpperCase()} options={countryOptions(facets.countries)} anyLabel="Any country" />
          <SelectField name="actor" label="Party (company, government…)" value={raw.actor?.[0]} groups={actorGroups(facets.actors)} anyLabel="Any party" hint={actorMenuHint(facets, "deals")} />
          <div className="grid grid-cols-2 gap-2">
            <SelectField name="from" label="From year" value={raw.from?.[0]} options={yearOptions([...facets.years].reverse())} formatUnknown={partialDateLabel} />
            <SelectField name="to" label="To year" value={raw.to?.[0]} options={yearOptions(facets.years)} formatUnknown={partialDateLabel} />
          </div>
          <CheckboxGroup name="type" legend="Type" options={enumOptions(AgreementType)} values={raw.type} />
          <CheckboxGroup name="status" legend="Status" options={enumOptions(AgreementStatus)} values={raw.status} />
          <CheckboxGroup name="category" legend="Equipment" options={enumOptions(EquipmentCategory)} values={raw.category} />
        </FilterPanel>
      }
    >
      <ParamIssues issues={issues} />
      <ResultsBar
        formId="deal-filters"
        total={result.total}
        page={result.page}
        per={per}
        noun={["deal", "deals"]}
        sort={{ name: "sort", value: sort }}
        sortOptions={dealSortLabels}
        perOptions={PAGE_SIZES}
        csvHref={csvHref}
      />
      <ActiveFilters filters={chips} />
      {result.data.length === 0 ? (
        <EmptyState title="No deals match these filters.">
          Try fewer filters, or search for a party by another name (e.g. “Britain”, “DCI”).
        </EmptyState>
      ) : (
        <DealList deals={result.data} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/deals", raw, { page: String(p) })} />
    </ListLayout>
  );
}
