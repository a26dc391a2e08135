import { prisma } from "@/lib/db";
import { detailHandler } from "@/lib/api/handlers";
import { getActor } from "@/lib/data/actors";

export const dynamic = "force-dynamic";
export const GET = detailHandler(() => prisma, "actor", getActor);
export { preflight as OPTIONS } from "@/lib/api/handlers";
