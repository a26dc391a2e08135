import type { Metadata } from "next";
import Link from "next/link";
import { AdjacencyMatrix } from "@/components/relationships/adjacency-matrix";
import { GraphFiltersForm } from "@/components/relationships/graph-filters";
import { GraphLegend } from "@/components/relationships/graph-legend";
import { CappedNote } from "@/components/relationships/capped-note";
import { NetworkGraph } from "@/components/relationships/network-graph";
import { StrongestTies } from "@/components/relationships/strongest-ties";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { getRelationshipView } from "@/lib/data/relationships";
import { isDefault, parseFilters, type SearchParams } from "@/lib/relationships/filters";
import { countPhrase } from "@/lib/relationships/summary";

// Rendered on request: the embedded database is owned by the server process, not by build workers.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Relationships",
  description:
    "Who cooperates with whom on Ukraine's defence: a network of countries linked by agreements and pledges — licensed production, joint production, financing, political cooperation — with an accessible table of the same numbers.",
};

export default async function RelationshipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, problems } = parseFilters(await searchParams);
  const { graph, drawn, layout, matrix, years } = await getRelationshipView(prisma, filters);
  const what = filters.includeOrganisations ? "countries and organisations" : "countries";
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Relationships</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Who cooperates with whom, and how strongly: each line joins two {what} that share agreements or pledges. Select a country to open its page,
          a line to see everything between the two.
        </p>
      </header>

      <GraphFiltersForm filters={filters} years={years} />

      {problems.length > 0 ? (
        <div
          role="status"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          <ul className="list-inside list-disc">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {graph.edges.length === 0 ? (
        <EmptyState title="No ties match these filters.">
          Widen the year range or tick more kinds or statuses{isDefault(filters) ? "" : ", or "}
          {isDefault(filters) ? null : (
            <Link href="/relationships" className="underline">
              reset the filters
            </Link>
          )}
          .
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="network-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="network-heading" className="text-xl font-semibold">
                Network
              </h2>
              <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="graph-summary">
                <span className="tabular-nums">{graph.nodes.length.toLocaleString("en-GB")}</span> {what},{" "}
                <span className="tabular-nums">{graph.edges.length.toLocaleString("en-GB")}</span>{" "}
                {graph.edges.length === 1 ? "tie" : "ties"}, from {countPhrase(graph.recordCount)}
              </p>
            </div>
            {drawn.capped ? <CappedNote drawn={drawn.graph} capped={drawn.capped} what={what} /> : null}
            <a
              href="#matrix-heading"
              className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-2 focus:py-1 dark:focus:bg-slate-900"
            >
              Skip the network drawing to the table of the same numbers
            </a>
            <figure className="space-y-2">
              <div className="overflow-hidden rounded-xl border border-slate-200 bg-gradient-to-b from-slate-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
                <NetworkGraph graph={drawn.graph} layout={layout} labelledBy="network-caption" />
              </div>
              <figcaption id="network-caption" className="text-sm text-slate-600 dark:text-slate-400">
                Network of {what} linked by agreements and pledges. Hover or focus a circle or a line for its summary; the layout is computed on the
                server and stays the same for the same data.
                {layout.nodes.some((n) => !n.label) ? " Names that would overlap are shown on hover and focus." : ""}
              </figcaption>
            </figure>
            <div className="grid gap-6 md:grid-cols-2">
              <GraphLegend showOrganisations={filters.includeOrganisations} />
              <StrongestTies graph={graph} />
            </div>
          </section>

          <section aria-labelledby="matrix-heading" className="space-y-3">
            <h2 id="matrix-heading" tabIndex={-1} className="text-xl font-semibold">
              Table of ties
            </h2>
            <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
              The same numbers as the network: agreements and pledges between each pair. Darker cells are stronger ties; each number opens the pair’s
              page.
            </p>
            <AdjacencyMatrix matrix={matrix} />
          </section>
        </>
      )}
    </div>
  );
}
