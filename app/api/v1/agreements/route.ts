import { prisma } from "@/lib/db";
import { listHandler } from "@/lib/api/handlers";
import { listAgreements } from "@/lib/data/agreements";
import { agreementQuerySchema } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";
export const GET = listHandler(() => prisma, agreementQuerySchema, listAgreements);
export { preflight as OPTIONS } from "@/lib/api/handlers";
