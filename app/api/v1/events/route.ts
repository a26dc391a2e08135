import { prisma } from "@/lib/db";
import { listHandler } from "@/lib/api/handlers";
import { listEvents } from "@/lib/data/events";
import { eventQuerySchema } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";
export const GET = listHandler(() => prisma, eventQuerySchema, listEvents);
export { preflight as OPTIONS } from "@/lib/api/handlers";
