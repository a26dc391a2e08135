// The public pages a search engine should know about: every published deal, actor and source.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicActor, publicAgreement, publicSource } from "./visibility";

export interface SitemapEntry {
  path: string;
  lastModified: Date;
}

export async function listPublicPagePaths(db: PrismaClient): Promise<SitemapEntry[]> {
  const select = { slug: true, updatedAt: true } as const;
  const [deals, actors, sources] = await Promise.all([
    db.agreement.findMany({ where: publicAgreement, select, orderBy: { slug: "asc" } }),
    db.actor.findMany({ where: publicActor, select, orderBy: { slug: "asc" } }),
    db.source.findMany({ where: publicSource, select, orderBy: { slug: "asc" } }),
  ]);
  return [
    ...deals.map((d) => ({ path: `/deals/${d.slug}`, lastModified: d.updatedAt })),
    ...actors.map((a) => ({ path: `/actors/${a.slug}`, lastModified: a.updatedAt })),
    ...sources.map((s) => ({ path: `/sources/${s.slug}`, lastModified: s.updatedAt })),
  ];
}
