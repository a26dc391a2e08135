import type { Metadata } from "next";
import Link from "next/link";
import { formatWhen } from "@/components/admin/activity-list";
import { ActionButton } from "@/components/admin/action-button";
import { entityUi } from "@/components/admin/entity-ui";
import { Forbidden } from "@/components/admin/forbidden";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth";
import { trashList } from "@/lib/admin/queries";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const user = await requirePageUser("/admin/trash");
  if (user.role !== "admin") return <Forbidden what="The trash" />;
  const groups = await trashList(prisma);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Trash</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">Deleted records stay here, hidden from the public, until restored. Nothing is ever removed for good.</p>
      {groups.length === 0 ? <EmptyState title="The trash is empty" /> : null}
      {groups.map((g) => (
        <section key={g.segment} aria-labelledby={`trash-${g.segment}`} className="space-y-2">
          <h2 id={`trash-${g.segment}`} className="text-lg font-semibold">
            {g.label}
          </h2>
          <ul className="space-y-2">
            {g.rows.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
                <div>
                  <Link href={`/admin/${g.segment}/${r.id}/history`} prefetch={false} className="font-medium">
                    {r.title}
                  </Link>
                  <p className="text-slate-600 dark:text-slate-400">Deleted {r.deletedAt ? formatWhen(r.deletedAt) : ""}</p>
                </div>
                <ActionButton action={entityUi[g.segment].untrash} fields={{ _id: r.id }} label={`Restore ${r.title}`} pendingLabel="Restoring…" />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
