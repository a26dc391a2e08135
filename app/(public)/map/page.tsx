import type { Metadata } from "next";
import Link from "next/link";
import { MapLegend } from "@/components/map/map-legend";
import { MapPanels } from "@/components/map/map-panels";
import { MapTable } from "@/components/map/map-table";
import { ShadeSwitch } from "@/components/map/shade-switch";
import { GraphFiltersForm } from "@/components/relationships/graph-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { getMapView } from "@/lib/data/cooperation-map";
import { env } from "@/lib/env";
import { mapQuery, parseMapParams } from "@/lib/map/params";
import { MAP_CSS } from "@/lib/map/svg";
import { money } from "@/lib/map/text";
import { filtersToQuery, isDefault, type SearchParams } from "@/lib/relationships/filters";

// Rendered on request: the embedded database is owned by the server process, not by build workers.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Map",
  description:
    "A map of cooperation with Ukraine's defence: each country shaded by its agreements and pledges with Ukraine and the value pledged, with marks where production, repair and training happen — and a table of the same numbers.",
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, problems, measure } = parseMapParams(await searchParams);
  const { map, drawing, panels, years } = await getMapView(prisma, filters, measure);
  const query = mapQuery(filters, measure);
  const partners = map.countries.filter((c) => c.agreements + c.pledges > 0);
  const empty = map.ukraine.agreements + map.ukraine.pledges === 0;
  const embedUrl = `${env.SITE_URL.replace(/\/$/, "")}/embed/map${query}`;
  return (
    <div className="space-y-6">
      <style dangerouslySetInnerHTML={{ __html: MAP_CSS }} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Map</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Who cooperates with Ukraine, how much, and where the work happens: each country is shaded by its agreements and pledges with Ukraine, and
          marked where production, repair or training takes place. Select a country to open its page.
        </p>
      </header>

      <GraphFiltersForm
        filters={filters}
        years={years}
        action="/map"
        label="Filter the map"
        organisations={false}
        keep={measure === "records" ? {} : { shade: measure }}
      />

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

      {empty ? (
        <EmptyState title="No agreement or pledge with Ukraine matches these filters.">
          Widen the year range or tick more kinds, statuses or equipment
          {isDefault(filters) ? "." : ", or "}
          {isDefault(filters) ? null : (
            <>
              <Link href="/map" className="underline">
                reset the filters
              </Link>
              .
            </>
          )}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="map-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
              <h2 id="map-heading" className="text-xl font-semibold">
                Cooperation with Ukraine by country
              </h2>
              <ShadeSwitch current={measure} hrefFor={(m) => `/map${mapQuery(filters, m)}`} />
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="map-summary">
              {count(partners.length, "country", "countries")} with {count(map.ukraine.agreements, "agreement", "agreements")} and{" "}
              {count(map.ukraine.pledges, "pledge", "pledges")} with Ukraine
              {map.ukraine.pledgesValued > 0 ? `; ${money(map.ukraine.usd)} pledged where the value is known` : ""}
              {map.ukraine.pledgesUndisclosed > 0 ? `, ${count(map.ukraine.pledgesUndisclosed, "pledge", "pledges")} of undisclosed value` : ""}.
            </p>
            <a
              href="#table-heading"
              className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-2 focus:py-1 dark:focus:bg-slate-900"
            >
              Skip the map to the table of the same numbers
            </a>
            <figure className="space-y-3" data-testid="map">
              <MapPanels panels={panels} layout="grid gap-4 lg:grid-cols-[minmax(0,1.9fr)_minmax(0,1fr)] lg:items-start" />
              <figcaption className="text-sm text-slate-600 dark:text-slate-400">
                Hover, focus or tap a country for its figures. Countries outside Europe are on the smaller map; the dashed outline there marks the
                area of the map of Europe.
                {drawing.undrawn.length > 0 ? ` Not drawn at this scale: ${drawing.undrawn.map((c) => c.name).join(", ")} (see the table).` : ""}
              </figcaption>
            </figure>
            <MapLegend scale={drawing.scale} />
          </section>

          <section aria-labelledby="table-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="table-heading" tabIndex={-1} className="text-xl font-semibold">
                Table of the same numbers
              </h2>
              <a href={`/exports/map.csv${filtersToQuery(filters)}`} className="text-sm text-accent-600 underline dark:text-sky-400" download>
                Download CSV
              </a>
            </div>
            <MapTable map={map} />
          </section>

          <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
            <summary className="cursor-pointer font-medium">Embed this map</summary>
            <p className="mt-2 text-slate-700 dark:text-slate-300">Copy this into a web page; it keeps the filters and shading chosen here.</p>
            <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
              <code>{`<iframe src="${embedUrl}" title="Cooperation with Ukraine by country" width="100%" height="720" style="border:0"></iframe>`}</code>
            </pre>
          </details>
        </>
      )}
    </div>
  );
}
