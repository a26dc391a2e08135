import { prisma } from "@/lib/db";
import { detailHandler } from "@/lib/api/handlers";
import { getSource } from "@/lib/data/sources";

export const dynamic = "force-dynamic";
export const GET = detailHandler(() => prisma, "source", getSource);
export { preflight as OPTIONS } from "@/lib/api/handlers";
