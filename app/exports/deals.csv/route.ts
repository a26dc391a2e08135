// GET /exports/deals.csv?<the /deals filters> — every deal of the current selection, in its order.
import { csvResponse, toCsv } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { listAllAgreements } from "@/lib/data/agreements";
import { env } from "@/lib/env";
import { dealCsvHeader, dealCsvRow } from "@/lib/exports/records";
import { dealListSchema, parseListParams } from "@/lib/lists/params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { query, issues } = parseListParams(dealListSchema, new URL(request.url).searchParams);
  if (issues.length > 0) return Response.json({ error: "Invalid filters.", issues: issues.map((i) => ({ path: i.param, message: i.message })) }, { status: 400 });
  try {
    const { sort, page: _page, per: _per, ...filters } = query;
    const deals = await listAllAgreements(prisma, filters, sort);
    return csvResponse("deals.csv", toCsv(dealCsvHeader, deals.map((d) => dealCsvRow(d, env.SITE_URL))));
  } catch (error) {
    console.error("CSV export failed:", error);
    return Response.json({ error: "The database is not answering right now. Please try again in a moment." }, { status: 503 });
  }
}
