// GET /exports/charts/<chart id>.csv — exactly the numbers of one chart (the same rows and columns as
// its data table), for the overview charts and each actor's activity chart.
import { actorActivityChart } from "@/lib/charts/actor-activity";
import { chartTable, type ChartData } from "@/lib/charts/types";
import { prisma } from "@/lib/db";
import { getActorProfile } from "@/lib/data/actor-profile";
import { getOverview, overviewCharts } from "@/lib/data/overview";
import { csvHeaders, csvString } from "@/lib/export/csv";

export const dynamic = "force-dynamic";

async function findChart(id: string): Promise<ChartData | null> {
  const actorSlug = /^actor-activity-([a-z0-9-]{1,120})$/.exec(id)?.[1];
  if (actorSlug) {
    const profile = await getActorProfile(prisma, actorSlug);
    return profile ? actorActivityChart(profile) : null;
  }
  return overviewCharts(await getOverview(prisma)).find((c) => c.id === id) ?? null;
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const id = /^([a-z0-9-]{1,160})\.csv$/.exec(file)?.[1];
  if (!id) return Response.json({ error: `No chart CSV is called "${file}". Chart files end in .csv.` }, { status: 404 });
  try {
    const chart = await findChart(id);
    if (!chart) return Response.json({ error: `No chart has the id "${id}".` }, { status: 404 });
    const table = chartTable(chart);
    return new Response(csvString(table.header, table.rows), { headers: { ...csvHeaders(`${chart.id}.csv`), "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Chart CSV failed:", error);
    return Response.json({ error: "The database is not answering right now. Please try again in a moment." }, { status: 503 });
  }
}
