import { prisma } from "@/lib/db";
import { listHandler } from "@/lib/api/handlers";
import { listPledges } from "@/lib/data/pledges";
import { pledgeQuerySchema } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";
export const GET = listHandler(() => prisma, pledgeQuerySchema, listPledges);
export { preflight as OPTIONS } from "@/lib/api/handlers";
