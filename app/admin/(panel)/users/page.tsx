import type { Metadata } from "next";
import { formatWhen } from "@/components/admin/activity-list";
import { ActionButton } from "@/components/admin/action-button";
import { Forbidden } from "@/components/admin/forbidden";
import { UserForm } from "@/components/admin/user-form";
import { changeRole, removeAccount } from "@/lib/actions/users";
import { requirePageUser } from "@/lib/auth";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("/admin/users");
  if (me.role !== "admin") return <Forbidden what="Managing users" />;
  const users = await prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: true } } } });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <ul className="space-y-2">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
            <div>
              <p className="font-medium">
                {u.email} <span className="font-normal text-slate-600 dark:text-slate-400">({u.name})</span>
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {u.role} · since {formatWhen(u.createdAt)} · {u._count.sessions} active session{u._count.sessions === 1 ? "" : "s"}
                {u.id === me.id ? " · you" : ""}
              </p>
            </div>
            {u.id !== me.id ? (
              <div className="flex flex-wrap gap-2">
                <ActionButton action={changeRole} fields={{ _user: u.id, role: u.role === "admin" ? "editor" : "admin" }} label={u.role === "admin" ? `Make ${u.email} an editor` : `Make ${u.email} an admin`} />
                <ActionButton action={removeAccount} fields={{ _user: u.id }} label={`Remove ${u.email}`} tone="danger" confirm="The account and its sessions are removed; its past changes stay in the history." />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-user" className="space-y-3">
        <h2 id="new-user" className="text-lg font-semibold">
          Make an account
        </h2>
        <UserForm />
      </section>
    </div>
  );
}
