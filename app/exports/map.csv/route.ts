// GET /exports/map.csv?<the /map filters> — the map's numbers, one row per country (Ukraine first), the
// same columns as the page's table and the API (lib/map/table.ts).
import { prisma } from "@/lib/db";
import { getCooperationMap } from "@/lib/data/cooperation-map";
import { env } from "@/lib/env";
import { csvHeaders, csvString } from "@/lib/export/csv";
import { parseMapParams } from "@/lib/map/params";
import { mapCsv } from "@/lib/map/table";
import { searchParamsToObject } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { filters, problems } = parseMapParams(searchParamsToObject(new URL(request.url).searchParams));
  if (problems.length > 0)
    return Response.json(
      {
        error: "Invalid filters.",
        issues: problems.map((message) => ({ path: "", message })),
      },
      { status: 400 },
    );
  try {
    const { header, rows } = mapCsv(await getCooperationMap(prisma, filters), env.SITE_URL.replace(/\/$/, ""));
    return new Response(csvString(header, rows), { headers: { ...csvHeaders("map.csv"), "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Map CSV failed:", error);
    return Response.json(
      {
        error: "The database is not answering right now. Please try again in a moment.",
      },
      { status: 503 },
    );
  }
}
