// GET /exports/deals.csv?<the /deals filters> — every deal of the current selection, in its order,
// with the columns of /api/v1/agreements.csv, streamed.
import { prisma } from "@/lib/db";
import { selectionCsvResponse } from "@/lib/export/selection";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return selectionCsvResponse(prisma, "deals", request);
}
