import { prisma } from "@/lib/db";
import { detailHandler } from "@/lib/api/handlers";
import { getEvent } from "@/lib/data/events";

export const dynamic = "force-dynamic";
export const GET = detailHandler(() => prisma, "event", getEvent);
export { preflight as OPTIONS } from "@/lib/api/handlers";
