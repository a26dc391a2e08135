// GET /exports/pledges.csv?<the /pledges filters> — every pledge of the current selection, in its order.
import { csvResponse, toCsv } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { listAllPledges } from "@/lib/data/pledges";
import { pledgeCsvHeader, pledgeCsvRow } from "@/lib/exports/records";
import { parseListParams, pledgeListSchema } from "@/lib/lists/params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { query, issues } = parseListParams(pledgeListSchema, new URL(request.url).searchParams);
  if (issues.length > 0) return Response.json({ error: "Invalid filters.", issues: issues.map((i) => ({ path: i.param, message: i.message })) }, { status: 400 });
  try {
    const { sort, page: _page, per: _per, ...filters } = query;
    const pledges = await listAllPledges(prisma, filters, sort);
    return csvResponse("pledges.csv", toCsv(pledgeCsvHeader, pledges.map(pledgeCsvRow)));
  } catch (error) {
    console.error("CSV export failed:", error);
    return Response.json({ error: "The database is not answering right now. Please try again in a moment." }, { status: 503 });
  }
}
