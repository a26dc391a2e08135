import type { Metadata } from "next";
import Link from "next/link";
import { CitationForm } from "@/components/admin/forms/citation-form";
import { requirePageUser } from "@/lib/auth";
import { loadFormOptions } from "@/lib/admin/options";
import { ownerGroups } from "@/lib/admin/owner-options";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New citation" };

export default async function NewCitation({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("/admin/citations/new");
  const { owner } = await searchParams;
  const [options, owners] = await Promise.all([loadFormOptions(prisma), ownerGroups(prisma)]);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/citations" prefetch={false}>
          ← Citations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New citation</h1>
      <CitationForm citationId={null} version={null} initial={{ owner: typeof owner === "string" ? owner : "" }} sources={options.sources} owners={owners} />
    </div>
  );
}
