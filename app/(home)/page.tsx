import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { LazyChart } from "@/components/charts/lazy-chart";
import { EventList } from "@/components/events/event-list";
import { HeadlineFigures } from "@/components/home/headline-figures";
import { prisma } from "@/lib/db";
import { getOverview, overviewCharts } from "@/lib/data/overview";

// Rendered on request: the embedded database is owned by the server process, not by build workers.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Ukraine Defence Cooperation Tracker — overview" },
  description: "Who is cooperating with Ukraine on defence production, repair, training and financing: agreements, pledges and events at a glance, each traced to its source.",
};

function chartHeight(rows: number, kind: string) {
  return kind === "line" ? 280 : Math.max(120, rows * 34 + (kind === "stacked-bar" ? 70 : 40));
}

export default async function HomePage() {
  const overview = await getOverview(prisma);
  const charts = overviewCharts(overview);
  const latest = overview.latest;
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-3">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Western–Ukraine defence-industrial cooperation
        </h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Licensed production, joint ventures, repair hubs, training, exports and financing: who is cooperating with Ukraine on what, since when,
          how much — and says who. Every figure links to the records it counts, and every record to a verbatim quote from its source.
        </p>
      </section>
      <section aria-labelledby="counts" className="space-y-3">
        <h2 id="counts" className="text-xl font-semibold">
          The tracker in numbers
        </h2>
        <HeadlineFigures overview={overview} />
      </section>
      <section aria-labelledby="charts" className="space-y-3">
        <h2 id="charts" className="text-xl font-semibold">
          Charts
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {charts.map((chart) => (
            <div key={chart.id} className={`min-w-0 ${chart.kind === "line" ? "lg:col-span-2" : ""}`}>
              <ChartFigure chart={chart} tableOpen={chart.rows.length <= 8}>
                <LazyChart chart={chart} height={chartHeight(chart.rows.length, chart.kind)} />
              </ChartFigure>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="latest" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="latest" className="text-xl font-semibold">
            Latest events
          </h2>
          <Link href="/timeline?order=newest" className="text-sm font-medium text-accent-600 underline dark:text-sky-400">
            Full timeline
          </Link>
        </div>
        <EventList events={latest} />
      </section>
    </div>
  );
}
