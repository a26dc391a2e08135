// GET /exports/pledges.csv?<the /pledges filters> — every pledge of the current selection, in its
// order, with the columns of /api/v1/pledges.csv, streamed.
import { prisma } from "@/lib/db";
import { selectionCsvResponse } from "@/lib/export/selection";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return selectionCsvResponse(prisma, "pledges", request);
}
