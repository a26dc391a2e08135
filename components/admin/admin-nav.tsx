import Link from "next/link";
import { signOut } from "@/lib/actions/session";
import type { SessionUser } from "@/lib/auth";

const sections = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/agreements", label: "Agreements" },
  { href: "/admin/actors", label: "Actors" },
  { href: "/admin/pledges", label: "Pledges" },
  { href: "/admin/events", label: "Events" },
  { href: "/admin/sources", label: "Sources" },
  { href: "/admin/citations", label: "Citations" },
  { href: "/admin/activity", label: "Activity" },
  { href: "/admin/trash", label: "Trash", role: "admin" },
  { href: "/admin/users", label: "Users", role: "admin" },
] as const;

export function AdminNav({ user }: { user: SessionUser }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
      <nav aria-label="Admin">
        <ul className="flex flex-wrap gap-1 text-sm">
          {sections
            .filter((s) => !("role" in s) || user.role === "admin")
            .map((s) => (
              <li key={s.href}>
                <Link href={s.href} prefetch={false} className="rounded px-2.5 py-1.5 text-slate-700 no-underline hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                  {s.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <form action={signOut} className="flex items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">
          {user.email} · {user.role}
        </span>
        <Link href="/admin/password" prefetch={false} className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
          Password
        </Link>
        <button type="submit" className="rounded border border-slate-300 px-2.5 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Sign out
        </button>
      </form>
    </div>
  );
}
