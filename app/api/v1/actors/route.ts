import { prisma } from "@/lib/db";
import { listHandler } from "@/lib/api/handlers";
import { listActors } from "@/lib/data/actors";
import { actorQuerySchema } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";
export const GET = listHandler(() => prisma, actorQuerySchema, listActors);
export { preflight as OPTIONS } from "@/lib/api/handlers";
