import { prisma } from "@/lib/db";
import { detailHandler } from "@/lib/api/handlers";
import { getPledge } from "@/lib/data/pledges";

export const dynamic = "force-dynamic";
export const GET = detailHandler(() => prisma, "pledge", getPledge);
export { preflight as OPTIONS } from "@/lib/api/handlers";
