import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/admin/password-form";
import { choosePasswordPath, currentUser } from "@/lib/auth";
import { safeAdminPath } from "@/lib/admin/paths";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose your password", robots: { index: false } };

// Outside the (panel) group on purpose: its layout sends a user with a one-time password here.
export default async function PasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await currentUser();
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(choosePasswordPath)}`);
  const { next } = await searchParams;
  const target = safeAdminPath(typeof next === "string" && !next.startsWith(choosePasswordPath) ? next : undefined);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-semibold">{user.mustChangePassword ? "Choose your password" : "Change your password"}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {user.mustChangePassword
          ? `You signed in as ${user.email} with a one-time password. Choose your own before you continue; the one-time password then stops working.`
          : `Signed in as ${user.email}. Your other sessions are signed out when you save.`}
      </p>
      <PasswordForm next={target} oneTime={user.mustChangePassword} />
    </div>
  );
}
