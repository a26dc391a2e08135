// GET /d/<id> — the permanent address of a deal: a 308 to its current slug, however often it is renamed.
import { NextResponse } from "next/server";
import { agreementSlugById } from "@/lib/data/agreement-page";
import { prisma } from "@/lib/db";
import { notFoundDocument } from "@/lib/embed/html";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const unknown = () => notFoundDocument(`No deal has the permanent number “${id}”.`);
  if (!/^[1-9]\d{0,8}$/.test(id)) return unknown();
  let slug: string | null;
  try {
    slug = await agreementSlugById(prisma, Number(id));
  } catch (error) {
    console.error("Permalink lookup failed:", error);
    return new Response("The database is not answering right now. Please try again in a moment.", { status: 503 });
  }
  if (!slug) return unknown();
  return NextResponse.redirect(new URL(`/deals/${slug}`, request.url), 308);
}
