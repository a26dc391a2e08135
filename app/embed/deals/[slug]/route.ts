// GET /embed/deals/<slug> — the deal as a compact card for an <iframe> in an article. Framing is allowed
// for /embed/* only (proxy.ts). A former slug redirects like the deal page does.
import { NextResponse } from "next/server";
import { getAgreementCard, resolveAgreementSlug } from "@/lib/data/agreement-page";
import { prisma } from "@/lib/db";
import { renderDealCard } from "@/lib/embed/deal-card";
import { notFoundDocument } from "@/lib/embed/html";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const unknown = () => notFoundDocument("No deal has this address.");
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return unknown();
  try {
    const deal = await getAgreementCard(prisma, slug);
    if (deal) {
      return new Response(renderDealCard(deal, env.SITE_URL.replace(/\/$/, "")), {
        headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" },
      });
    }
    const moved = await resolveAgreementSlug(prisma, slug);
    return moved ? NextResponse.redirect(new URL(`/embed/deals/${moved.slug}`, request.url), 308) : unknown();
  } catch (error) {
    console.error("Embed failed:", error);
    return new Response("The database is not answering right now. Please try again in a moment.", { status: 503 });
  }
}
