import Link from "next/link";
import { ActivityList } from "@/components/admin/activity-list";
import { requirePageUser } from "@/lib/auth";
import { adminOverview } from "@/lib/admin/queries";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata = { title: "Admin" };

export default async function AdminHome() {
  const user = await requirePageUser("/admin");
  const { counts, recent } = await adminOverview(prisma);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Edit the tracker</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Signed in as {user.email} ({user.role}). Every change is recorded and can be undone from a record&apos;s history.
        </p>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {counts.map((c) => (
          <li key={c.segment} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <Link href={`/admin/${c.segment}`} prefetch={false} className="font-medium">
              {c.label}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {c.live} live · {c.drafts} draft{c.drafts === 1 ? "" : "s"}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent changes
        </h2>
        <ActivityList entries={recent} />
      </section>
    </div>
  );
}
