// GET /api/v1/agreements/<slug>/resolve → { data: { slug, id, moved } }: where a current or former
// slug points now. proxy.ts uses it to answer old deal URLs with a permanent redirect and unknown
// ones with a real 404 before the page renders.
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/api/handlers";
import { resolveAgreementSlug } from "@/lib/data/agreement-page";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const missing = () => jsonError(404, `No agreement has or had the slug "${slug}".`);
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return missing();
  try {
    const found = await resolveAgreementSlug(prisma, slug);
    return found ? NextResponse.json({ data: { slug: found.slug, id: found.id, moved: found.kind === "moved" } }) : missing();
  } catch (error) {
    console.error("Slug lookup failed:", error);
    return jsonError(503, "The database is not answering right now. Please try again in a moment.");
  }
}
