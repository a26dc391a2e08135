import { ImageResponse } from "next/og";
import { OgCard } from "@/components/deals/og-card";
import { getAgreementCard } from "@/lib/data/agreement-page";
import { prisma } from "@/lib/db";
import { ogFonts } from "@/lib/og/fonts";

export const dynamic = "force-dynamic";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The deal's title, parties, type and current status";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const deal = /^[a-z0-9-]{1,120}$/.test(slug) ? await getAgreementCard(prisma, slug) : null;
  // A plain 404 that says why (notFound() gives an image route an empty body).
  if (!deal) return new Response("No public deal has this address, so there is no share image for it.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new ImageResponse(<OgCard deal={deal} />, {
    ...size,
    fonts: await ogFonts(),
    // The record can change: caches keep the image but ask first (proxy.ts gives it the data version's ETag).
    headers: { "cache-control": "no-cache" },
  });
}
