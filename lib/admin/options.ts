// Choices offered by the admin forms' pickers: every record not in the trash, drafts included.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface FormOptions {
  actors: { id: number; name: string; slug: string; aliases: string[]; countryCode: string | null }[];
  sources: { value: string; label: string }[];
  agreements: { value: string; label: string }[];
  pledges: { value: string; label: string }[];
}

export async function loadFormOptions(db: PrismaClient): Promise<FormOptions> {
  const live = { deletedAt: null };
  const [actors, sources, agreements, pledges] = await Promise.all([
    db.actor.findMany({ where: live, select: { id: true, name: true, slug: true, aliases: true, countryCode: true }, orderBy: { name: "asc" } }),
    db.source.findMany({ where: live, select: { id: true, title: true, publisher: true }, orderBy: { title: "asc" } }),
    db.agreement.findMany({ where: live, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.pledge.findMany({ where: live, select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return {
    actors,
    sources: sources.map((s) => ({ value: String(s.id), label: s.publisher ? `${s.title} (${s.publisher})` : s.title })),
    agreements: agreements.map((a) => ({ value: String(a.id), label: a.title })),
    pledges: pledges.map((p) => ({ value: String(p.id), label: p.title })),
  };
}
