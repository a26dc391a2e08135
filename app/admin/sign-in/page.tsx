import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentUser } from "@/lib/auth";
import { safeAdminPath } from "@/lib/admin/paths";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams;
  const target = safeAdminPath(typeof next === "string" ? next : undefined);
  if (await currentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-semibold">Sign in to edit the tracker</h1>
      <SignInForm next={target} />
    </div>
  );
}
