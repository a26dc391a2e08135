import { prisma } from "@/lib/db";
import { listHandler } from "@/lib/api/handlers";
import { listSources } from "@/lib/data/sources";
import { sourceQuerySchema } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";
export const GET = listHandler(() => prisma, sourceQuerySchema, listSources);
export { preflight as OPTIONS } from "@/lib/api/handlers";
