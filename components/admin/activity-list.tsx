import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { labelPath } from "@/lib/admin/values";
import type { ActivityEntry } from "@/lib/admin/queries";
import { ChangeTable } from "./change-table";

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatWhen(date: Date): string {
  return `${time.format(date)} UTC`;
}

/** Recent audit entries across records, each with its changed fields. */
export function ActivityList({ entries }: { entries: ActivityEntry[] }) {
  if (entries.length === 0) return <EmptyState title="No changes yet">Edits made here appear in this list.</EmptyState>;
  return (
    <ol className="space-y-3">
      {entries.map((e) => (
        <li key={e.id} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
          <p>
            <span className="font-medium">{e.action.toLowerCase()}</span>{" "}
            <Link href={`/admin/${e.segment}/${e.recordId}`} prefetch={false}>{e.recordTitle || `#${e.recordId}`}</Link>{" "}
            <span className="text-slate-600 dark:text-slate-400">
              (v{e.version}) by {e.userEmail}, <time dateTime={e.at.toISOString()}>{formatWhen(e.at)}</time>
              {e.note ? ` — ${e.note}` : ""}
            </span>
          </p>
          {e.diff.length > 0 && e.action !== "CREATE" ? (
            <details className="mt-1">
              <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                {e.diff.length} field{e.diff.length === 1 ? "" : "s"}: {e.diff.slice(0, 3).map((c) => labelPath(c.path)).join(", ")}
                {e.diff.length > 3 ? "…" : ""}
              </summary>
              <ChangeTable changes={e.diff} />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
