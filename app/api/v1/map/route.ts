// GET /api/v1/map?type=&status=&from=&to=&category= — the figures behind /map (lib/map/cooperation.ts),
// with the same filters as /map and /relationships (lib/relationships/filters.ts). Unlike the pages,
// the API refuses a bad or unknown parameter with a 400 naming it.
import { apiGet, jsonError, jsonOk, type ApiIssue } from "@/lib/api/handlers";
import { prisma } from "@/lib/db";
import { getCooperationMap } from "@/lib/data/cooperation-map";
import { filterParameters, parseFilters } from "@/lib/relationships/filters";
import { searchParamsToObject } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const known = new Set(filterParameters.map((p) => p.name));

export const GET = apiGet(async (request: Request) => {
  const params = searchParamsToObject(new URL(request.url).searchParams);
  const issues: ApiIssue[] = Object.keys(params)
    .filter((key) => !known.has(key))
    .map((key) => ({
      path: key,
      message: `Unknown parameter "${key}": use ${[...known].join(", ")}.`,
    }));
  // Each parameter on its own, so every issue names its parameter.
  for (const key of Object.keys(params).filter((k) => known.has(k))) {
    for (const message of parseFilters({ [key]: params[key] }).problems)
      issues.push({
        path: key,
        message: capitalise(message.replace(/^Ignored /, "")),
      });
  }
  if (issues.length > 0) return jsonError(400, "Invalid query parameters.", issues);
  const { filters } = parseFilters(params);
  if (filters.from !== null && filters.to !== null && String(filters.from) !== [params.from].flat()[0]) {
    return jsonError(400, "Invalid query parameters.", [
      {
        path: "from",
        message: "from is after to: give the earlier year as from.",
      },
    ]);
  }
  return jsonOk({ data: await getCooperationMap(prisma, filters) });
});

export { preflight as OPTIONS } from "@/lib/api/handlers";
