import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatWhen } from "@/components/admin/activity-list";
import { ActionButton } from "@/components/admin/action-button";
import { entityUi } from "@/components/admin/entity-ui";
import { requirePageUser } from "@/lib/auth";
import { entityBySegment, entityTitles } from "@/lib/admin/entities";
import { loadFormOptions } from "@/lib/admin/options";
import { entityParam, idParam } from "@/lib/admin/params";
import { recordMeta } from "@/lib/admin/records";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entity: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  const segment = entityParam(entity);
  return { title: `Edit ${entityUi[segment].singular} #${idParam(id)}` };
}

const savedMessages: Record<string, string> = {
  created: "Created.",
  updated: "Saved.",
  unchanged: "Nothing had changed, so nothing was saved.",
  restored: "Restored from the trash.",
};

export default async function EditRecord({ params, searchParams }: Props) {
  const { entity, id: rawId } = await params;
  const segment = entityParam(entity);
  const id = idParam(rawId);
  const user = await requirePageUser(`/admin/${segment}/${id}`);
  const def = entityBySegment[segment];
  const ui = entityUi[segment];
  const [meta, values, options] = await Promise.all([recordMeta(prisma, def.model, id), def.load(prisma, id), loadFormOptions(prisma)]);
  if (!meta || !values) notFound();
  // A draft that other records point at: say what the public pages now leave out (the visibility rule, lib/data/visibility.ts).
  const pointingHere = !meta.isPublished && !meta.deletedAt ? ((await def.dependants?.(prisma, id)) ?? []) : [];
  const { saved } = await searchParams;
  const title = typeof values.title === "string" ? values.title : typeof values.name === "string" ? values.name : `#${id}`;
  const publicPath = def.publicPath(meta.slug);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/admin/${segment}`} prefetch={false}>← {entityTitles[segment]}</Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Version {meta.version}, last changed {formatWhen(meta.updatedAt)} · {meta.isPublished ? "Published" : "Draft"}
            {meta.deletedAt ? " · in the trash" : ""}
          </p>
        </div>
        <nav aria-label="This record" className="flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/${segment}/${id}/history`} prefetch={false}>History</Link>
          {meta.isPublished && !meta.deletedAt ? <a href={`/api/v1/${segment}/${meta.slug}`}>API record</a> : null}
          {meta.isPublished && !meta.deletedAt && publicPath ? <a href={publicPath}>Public page</a> : null}
        </nav>
      </div>
      {typeof saved === "string" && savedMessages[saved] ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {savedMessages[saved]} {saved === "created" || saved === "updated" || saved === "restored" ? `This is version ${meta.version}; the public pages show it now${meta.isPublished ? "" : " (as a draft it stays hidden)"}.` : ""}
        </p>
      ) : null}
      {pointingHere.length > 0 ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          This {ui.singular} is a draft, and other records point at it: {pointingHere.slice(0, 5).join("; ")}
          {pointingHere.length > 5 ? ` and ${pointingHere.length - 5} more` : ""}. Until it is published, their public pages, the API and the exports leave
          it out — no name, no link, no count.
        </p>
      ) : null}
      {meta.deletedAt ? (
        <div role="status" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>This {ui.singular} is in the trash: it is hidden from the public and cannot be edited.</p>
          {user.role === "admin" ? <ActionButton action={ui.untrash} fields={{ _id: id }} label="Restore from the trash" /> : <p>An admin can restore it.</p>}
        </div>
      ) : (
        <>
          <ui.Form key={meta.version} action={ui.save} id={id} version={meta.version} initial={values} options={options} labels={def.labels} />
          <section aria-labelledby="danger-heading" className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
            <h2 id="danger-heading" className="text-lg font-semibold">
              Remove
            </h2>
            <ActionButton
              action={ui.trash}
              fields={{ _id: id, _version: meta.version }}
              label="Move to trash"
              tone="danger"
              confirm={`It disappears from the public site at once. Its history is kept and an admin can restore it from the trash.`}
            />
          </section>
        </>
      )}
    </div>
  );
}
