import type { Metadata } from "next";
import { ActivityList } from "@/components/admin/activity-list";
import { requirePageUser } from "@/lib/auth";
import { recentActivity } from "@/lib/admin/queries";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage() {
  await requirePageUser("/admin/activity");
  const entries = await recentActivity(prisma, 200);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Activity</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">The last 200 changes, newest first: who, when, and what changed.</p>
      <ActivityList entries={entries} />
    </div>
  );
}
