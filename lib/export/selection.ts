// The lists' "Download CSV" (/exports/deals.csv?…, /exports/pledges.csv?…): the whole selection of a
// filtered list, in its order, with the same columns as the API's agreements.csv and pledges.csv,
// streamed from the database like them (only the ids of the selection are held in memory).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { agreementIdsInOrder } from "@/lib/data/agreements";
import { pledgeIdsInOrder } from "@/lib/data/pledges";
import { dealListSchema, parseListParams, pledgeListSchema, type ParamIssue } from "@/lib/lists/params";
import { csvHeaders } from "./csv";
import { selectionCsvChunks, textStream } from "./stream";

type List = "deals" | "pledges";

/** The selection's ids in the list's order, or the filters' problems (paging is ignored: the CSV holds every page). */
async function selection(
  db: PrismaClient,
  list: List,
  params: URLSearchParams,
): Promise<{ ids: number[]; issues: [] } | { issues: ParamIssue[] }> {
  if (list === "deals") {
    const { query, issues } = parseListParams(dealListSchema, params);
    const { sort, page: _page, per: _per, ...filters } = query;
    return issues.length > 0 ? { issues } : { ids: await agreementIdsInOrder(db, filters, sort), issues: [] };
  }
  const { query, issues } = parseListParams(pledgeListSchema, params);
  const { sort, page: _page, per: _per, ...filters } = query;
  return issues.length > 0 ? { issues } : { ids: await pledgeIdsInOrder(db, filters, sort), issues: [] };
}

/** The CSV of one list's selection; a bad filter is a 400 naming it (the page itself would ignore it with a notice). */
export async function selectionCsvResponse(db: PrismaClient, list: List, request: Request): Promise<Response> {
  try {
    const result = await selection(db, list, new URL(request.url).searchParams);
    if (!("ids" in result))
      return Response.json(
        { error: "Invalid filters.", issues: result.issues.map((i) => ({ path: i.param, message: i.message })) },
        { status: 400 },
      );
    const entity = list === "deals" ? "agreements" : "pledges";
    return new Response(textStream(selectionCsvChunks(db, entity, result.ids)), {
      headers: { ...csvHeaders(`${list}.csv`), "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error("CSV export failed:", error);
    return Response.json({ error: "The database is not answering right now. Please try again in a moment." }, { status: 503 });
  }
}
