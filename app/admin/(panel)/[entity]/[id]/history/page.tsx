import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatWhen } from "@/components/admin/activity-list";
import { ActionButton } from "@/components/admin/action-button";
import { ChangeTable } from "@/components/admin/change-table";
import { entityUi } from "@/components/admin/entity-ui";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth";
import { entityBySegment } from "@/lib/admin/entities";
import { entityParam, idParam } from "@/lib/admin/params";
import { recordHistory } from "@/lib/admin/queries";
import { recordMeta } from "@/lib/admin/records";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entity: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  return { title: `History of ${entityUi[entityParam(entity)].singular} #${idParam(id)}` };
}

export default async function RecordHistory({ params }: Props) {
  const { entity, id: rawId } = await params;
  const segment = entityParam(entity);
  const id = idParam(rawId);
  await requirePageUser(`/admin/${segment}/${id}/history`);
  const def = entityBySegment[segment];
  const ui = entityUi[segment];
  const [meta, entries] = await Promise.all([recordMeta(prisma, def.model, id), recordHistory(prisma, segment, id)]);
  if (!meta) notFound();
  const title = entries[0]?.recordTitle || meta.slug;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/admin/${segment}/${id}`} prefetch={false}>← Edit {title}</Link>
      </p>
      <h1 className="text-2xl font-semibold">History of {title}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Now at version {meta.version}
        {meta.deletedAt ? " (in the trash)" : ""}. Restoring an earlier version saves its content as a new version; nothing is lost.
      </p>
      {entries.length === 0 ? (
        <EmptyState title="No recorded changes">This record was loaded by the seed and has not been edited here yet.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {entries.map((e) => (
            <li key={e.id} className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-800">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-base font-medium">
                  Version {e.version}: {e.action.toLowerCase()} by {e.userEmail}, <time dateTime={e.at.toISOString()}>{formatWhen(e.at)}</time>
                  {e.note ? <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">{e.note}</span> : null}
                </h2>
                {e.version < meta.version && !meta.deletedAt && e.action !== "DELETE" ? (
                  <ActionButton action={ui.restore} fields={{ _id: id, _version: meta.version, _restore: e.version }} label={`Restore version ${e.version}`} pendingLabel="Restoring…" />
                ) : null}
              </div>
              {e.diff.length > 0 ? <ChangeTable changes={e.diff} labels={def.labels} caption={`Changes in version ${e.version}`} /> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
