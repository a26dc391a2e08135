import { prisma } from "@/lib/db";
import { exportJsonHandler } from "@/lib/api/exports";

export const dynamic = "force-dynamic";
export const GET = exportJsonHandler(() => prisma);
export { preflight as OPTIONS } from "@/lib/api/handlers";
