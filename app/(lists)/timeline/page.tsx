import type { Metadata } from "next";
import { CheckboxGroup, SelectField, TextField } from "@/components/lists/fields";
import { actorMenuHint } from "@/components/lists/actor-menu-hint";
import { ActiveFilters, FilterPanel, ParamIssues } from "@/components/lists/filter-panel";
import { ListLayout } from "@/components/lists/list-layout";
import { Pagination } from "@/components/lists/pagination";
import { ResultsBar } from "@/components/lists/results-bar";
import { TimelineList } from "@/components/timeline/timeline-list";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { listTimelinePage } from "@/lib/data/events";
import { timelineFacets } from "@/lib/data/facets";
import { EventKind } from "@/lib/generated/prisma/enums";
import { countryName, labelOf } from "@/lib/format";
import { activeFilters } from "@/lib/lists/active";
import { actorGroups, countryOptions, enumOptions, partialDateLabel, yearOptions } from "@/lib/lists/options";
import { hrefWith, PAGE_SIZES, parseListParams, timelineSchema, type RawParams } from "@/lib/lists/params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseListParams(timelineSchema, await searchParams);
  return {
    title: query.year ? `Timeline ${query.year}` : "Timeline",
    description: "Visits, meetings, announcements, statements and decisions in date order, each with the precision its source gives and the records it concerns.",
  };
}

export default async function TimelinePage({ searchParams }: Props) {
  const { query, raw, issues } = parseListParams(timelineSchema, await searchParams);
  const { order, page, per, year, ...filters } = query;
  // year=YYYY is shorthand for the whole year; it wins over from/to.
  if (year !== undefined) {
    filters.from = new Date(Date.UTC(year, 0, 1));
    filters.to = new Date(Date.UTC(year + 1, 0, 1) - 1);
  }
  const [result, facets] = await Promise.all([listTimelinePage(prisma, filters, order, { page, per }), timelineFacets(prisma, { selectedActor: raw.actor?.[0] })]);
  const actorName = new Map(facets.actors.map((a) => [a.slug, a.name]));
  const chips = activeFilters("/timeline", raw, {
    q: (v) => `Search: “${v}”`,
    country: (v) => `Country: ${countryName(v.toUpperCase())}`,
    actor: (v) => `Actor: ${actorName.get(v) ?? v}`,
    type: (v) => `Kind: ${labelOf(v.toUpperCase())}`,
    year: (v) => `Year: ${v}`,
    from: (v) => `From ${partialDateLabel(v)}`,
    to: (v) => `To ${partialDateLabel(v)}`,
  });

  return (
    <ListLayout
      title="Timeline"
      intro="Visits, meetings, announcements, statements and decisions in date order. Dates keep the precision their source gives — “8 Feb 2023”, “Feb 2023”, “27–29 Sep 2022” — and years inferred from context are marked."
      filters={
        <FilterPanel id="timeline-filters" action="/timeline" clearHref="/timeline" activeCount={chips.length} foldedActive={chips.filter((c) => c.param !== "q").length} search={<TextField name="q" label="Search events" value={raw.q?.[0]} placeholder="e.g. Storm Shadow, instructors" />}>
          <SelectField name="year" label="Year" value={raw.year?.[0]} options={yearOptions(facets.years)} anyLabel="Any year" />
          <SelectField name="country" label="Country" value={raw.country?.[0]?.toUpperCase()} options={countryOptions(facets.countries)} anyLabel="Any country" />
          <SelectField name="actor" label="Actor" value={raw.actor?.[0]} groups={actorGroups(facets.actors)} anyLabel="Any actor" hint={actorMenuHint(facets, "events")} />
          <CheckboxGroup name="type" legend="Kind" options={enumOptions(EventKind)} values={raw.type} />
          {raw.from ? <input type="hidden" name="from" value={raw.from[0]} /> : null}
          {raw.to ? <input type="hidden" name="to" value={raw.to[0]} /> : null}
        </FilterPanel>
      }
    >
      <ParamIssues issues={issues} />
      <ResultsBar
        formId="timeline-filters"
        total={result.total}
        page={result.page}
        per={per}
        noun={["event", "events"]}
        sort={{ name: "order", value: order }}
        sortOptions={{ oldest: "Oldest first", newest: "Newest first" }}
        perOptions={PAGE_SIZES}
      />
      <ActiveFilters filters={chips} />
      {result.data.length === 0 ? <EmptyState title="No events match these filters.">Try another year or fewer filters.</EmptyState> : <TimelineList events={result.data} />}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/timeline", raw, { page: String(p) })} />
    </ListLayout>
  );
}
