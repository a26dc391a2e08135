import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requirePageUser } from "@/lib/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin" }, robots: { index: false } };

// The layout shows who is signed in; each page still checks the session itself (layouts are not
// re-run on every navigation).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("/admin");
  return (
    <div>
      <AdminNav user={user} />
      {children}
    </div>
  );
}
