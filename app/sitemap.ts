import type { MetadataRoute } from "next";
import { listPublicPagePaths } from "@/lib/data/sitemap";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// Built on request from the database (never at build time: the embedded database has one owner).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env.SITE_URL.replace(/\/$/, "");
  const pages = await listPublicPagePaths(prisma);
  const lists = ["/", "/deals", "/actors", "/sources", "/map"].map((path) => ({ url: `${origin}${path}`, changeFrequency: "daily" as const }));
  return [...lists, ...pages.map((p) => ({ url: `${origin}${p.path}`, lastModified: p.lastModified, changeFrequency: "weekly" as const }))];
}
