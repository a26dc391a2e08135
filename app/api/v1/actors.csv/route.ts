import { prisma } from "@/lib/db";
import { csvHandler } from "@/lib/api/exports";

export const dynamic = "force-dynamic";
export const GET = csvHandler(() => prisma, "actors");
export { preflight as OPTIONS } from "@/lib/api/handlers";
