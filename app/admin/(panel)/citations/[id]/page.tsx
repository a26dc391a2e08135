import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { CitationForm } from "@/components/admin/forms/citation-form";
import { removeCitation } from "@/lib/actions/citations";
import { requirePageUser } from "@/lib/auth";
import { citationWithOwner } from "@/lib/admin/citations";
import { entityBySegment } from "@/lib/admin/entities";
import { loadFormOptions } from "@/lib/admin/options";
import { idParam } from "@/lib/admin/params";
import { recordMeta } from "@/lib/admin/records";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Citation ${idParam((await params).id)}` };
}

export default async function EditCitation({ params, searchParams }: Props) {
  const id = idParam((await params).id);
  await requirePageUser(`/admin/citations/${id}`);
  const found = await citationWithOwner(prisma, id);
  if (!found) notFound();
  const { citation, owner } = found;
  const def = entityBySegment[owner.segment];
  const [meta, options] = await Promise.all([recordMeta(prisma, def.model, owner.id), loadFormOptions(prisma)]);
  if (!meta) notFound();
  const { saved } = await searchParams;
  const initial = { sourceId: String(citation.sourceId), quote: citation.quote, field: citation.field ?? "", note: citation.note ?? "" };
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/citations" prefetch={false}>
          ← Citations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Citation {id}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Supports {owner.part} of{" "}
        <Link href={`/admin/${owner.segment}/${owner.id}`} prefetch={false}>
          {def.noun} {meta.slug}
        </Link>{" "}
        (version {meta.version}).
      </p>
      {typeof saved === "string" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {saved === "1" ? `Saved: the ${def.noun} is now at version ${meta.version}.` : "Nothing had changed, so nothing was saved."}
        </p>
      ) : null}
      <CitationForm key={meta.version} citationId={id} version={meta.version} initial={initial} sources={options.sources} owners={[]} evidence={owner.segment === "sources"} />
      <section aria-labelledby="remove-heading" className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <h2 id="remove-heading" className="text-lg font-semibold">
          Remove
        </h2>
        <ActionButton action={removeCitation} fields={{ _citation: id, _version: meta.version }} label="Remove this citation" tone="danger" confirm={`The ${def.noun}'s history keeps it; restoring its previous version brings it back.`} />
      </section>
    </div>
  );
}
