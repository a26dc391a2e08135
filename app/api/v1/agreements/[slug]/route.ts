import { prisma } from "@/lib/db";
import { detailHandler } from "@/lib/api/handlers";
import { getAgreement } from "@/lib/data/agreements";

export const dynamic = "force-dynamic";
export const GET = detailHandler(() => prisma, "agreement", getAgreement);
export { preflight as OPTIONS } from "@/lib/api/handlers";
