import type { Metadata } from "next";
import { ActorCards } from "@/components/actors/actor-cards";
import { CheckboxGroup, SelectField, TextField } from "@/components/lists/fields";
import { ActiveFilters, FilterPanel, ParamIssues } from "@/components/lists/filter-panel";
import { ListLayout } from "@/components/lists/list-layout";
import { Pagination } from "@/components/lists/pagination";
import { ResultsBar } from "@/components/lists/results-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { listActorsPage } from "@/lib/data/actors";
import { actorFacets } from "@/lib/data/facets";
import { ActorKind } from "@/lib/generated/prisma/enums";
import { countryName, labelOf } from "@/lib/format";
import { activeFilters } from "@/lib/lists/active";
import { countryOptions, enumOptions } from "@/lib/lists/options";
import { actorListSchema, hrefWith, PAGE_SIZES, parseListParams, type RawParams } from "@/lib/lists/params";
import { actorSortLabels } from "@/lib/lists/sorts";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseListParams(actorListSchema, await searchParams);
  return {
    title: query.q ? `Actors matching “${query.q}”` : "Actors",
    description: "Countries, government bodies, companies, organisations and people involved in defence cooperation with Ukraine.",
  };
}

export default async function ActorsPage({ searchParams }: Props) {
  const { query, raw, issues } = parseListParams(actorListSchema, await searchParams);
  const { sort, page, per, ...filters } = query;
  const [result, facets] = await Promise.all([listActorsPage(prisma, filters, sort, { page, per }), actorFacets(prisma)]);
  const chips = activeFilters("/actors", raw, {
    q: (v) => `Search: “${v}”`,
    country: (v) => `Country: ${countryName(v.toUpperCase())}`,
    type: (v) => `Kind: ${labelOf(v.toUpperCase())}`,
  });

  return (
    <ListLayout
      title="Actors"
      intro="Countries, government bodies, companies, organisations, alliances and people named by the sources — with the other names they go by, so “Britain” and “DCI” find who you mean."
      filters={
        <FilterPanel id="actor-filters" action="/actors" clearHref="/actors" activeCount={chips.length} foldedActive={chips.filter((c) => c.param !== "q").length} search={<TextField name="q" label="Search actors" value={raw.q?.[0]} placeholder="Name or alias, e.g. Britain" />}>
          <SelectField name="country" label="Country" value={raw.country?.[0]?.toUpperCase()} options={countryOptions(facets.countries)} anyLabel="Any country" />
          <CheckboxGroup name="type" legend="Kind" options={enumOptions(ActorKind)} values={raw.type} />
        </FilterPanel>
      }
    >
      <ParamIssues issues={issues} />
      <ResultsBar
        formId="actor-filters"
        total={result.total}
        page={result.page}
        per={per}
        noun={["actor", "actors"]}
        sort={{ name: "sort", value: sort }}
        sortOptions={actorSortLabels}
        perOptions={PAGE_SIZES}
      />
      <ActiveFilters filters={chips} />
      {result.data.length === 0 ? <EmptyState title="No actors match these filters.">Try another spelling or fewer filters.</EmptyState> : <ActorCards actors={result.data} />}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/actors", raw, { page: String(p) })} />
    </ListLayout>
  );
}
