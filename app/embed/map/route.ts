// GET /embed/map?type=&status=&from=&to=&category=&shade= — the map for an <iframe>: both panels,
// legend, data table, source line, CSV and a link back, without JavaScript. Framing is allowed for
// /embed/* only (next.config.ts). Filters as on /map; a bad or unknown one answers 400.
import { prisma } from "@/lib/db";
import { getMapView } from "@/lib/data/cooperation-map";
import { renderMapEmbed } from "@/lib/embed/map-embed";
import { env } from "@/lib/env";
import { labelOf } from "@/lib/format";
import { mapQuery, parseMapParams } from "@/lib/map/params";
import { filtersToQuery, filterParameters, isDefault } from "@/lib/relationships/filters";
import { edgeKindInfo, statusPhaseInfo } from "@/lib/relationships/kinds";
import type { GraphFilters } from "@/lib/relationships/graph";
import { searchParamsToObject } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";

const known = new Set([...filterParameters.map((p) => p.name), "shade"]);

function describe(filters: GraphFilters): string | null {
  if (isDefault(filters)) return null;
  const parts: string[] = [];
  if (filters.kinds.length < 4) parts.push(filters.kinds.map((k) => edgeKindInfo[k].label.toLowerCase()).join(", "));
  if (filters.phases.length < 4) parts.push(filters.phases.map((p) => statusPhaseInfo[p].label.toLowerCase()).join(", "));
  if (filters.categories.length > 0) parts.push(filters.categories.map((c) => labelOf(c).toLowerCase()).join(", "));
  if (filters.from !== null || filters.to !== null) parts.push(`${filters.from ?? "…"} to ${filters.to ?? "…"}`);
  return `Selection: ${parts.join("; ")}`;
}

export async function GET(request: Request) {
  const params = searchParamsToObject(new URL(request.url).searchParams);
  const unknown = Object.keys(params).filter((k) => !known.has(k));
  const { filters, problems, measure } = parseMapParams(params);
  if (unknown.length > 0 || problems.length > 0) {
    const reasons = [...unknown.map((k) => `unknown filter ${k}`), ...problems];
    return new Response(`This map cannot be drawn: ${reasons.join("; ")}. Filters: type, status, from, to, category and shade, as on /map.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  try {
    const { map, drawing, panels } = await getMapView(prisma, filters, measure, "embed");
    const html = renderMapEmbed(map, drawing, {
      origin: env.SITE_URL.replace(/\/$/, ""),
      query: mapQuery(filters, measure),
      csvQuery: filtersToQuery(filters),
      filterNote: describe(filters),
      panels,
    });
    return new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "public, max-age=300",
      },
    });
  } catch (error) {
    console.error("Map embed failed:", error);
    return new Response("The database is not answering right now. Please try again in a moment.", { status: 503 });
  }
}
