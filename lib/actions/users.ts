"use server";

// Account management: admins only. Each action checks the session and role itself.
import { revalidatePath } from "next/cache";
import { getAuth, authorize } from "@/lib/auth";
import { roles, type Role } from "@/lib/auth/config";
import { createUser } from "@/lib/auth/users";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/admin/types";

export interface UserFormState {
  status: "idle" | "error" | "created";
  message: string;
  values: { email: string; name: string; role: string };
  fieldErrors: Record<string, string>;
}

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v.trim() : "";
}

/** Makes an account with a first password the admin passes on; its owner must replace it at the first sign-in (the admin knows it). */
export async function createAccount(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = { email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role") || "editor" };
  const auth = await authorize("admin");
  if (!auth.ok) return { status: "error", message: auth.message, values, fieldErrors: {} };
  if (!roles.includes(values.role as Role)) return { status: "error", message: "Choose a role.", values, fieldErrors: { role: "Choose admin or editor." } };
  const password = typeof formData.get("password") === "string" ? (formData.get("password") as string) : "";
  const result = await createUser(getAuth(prisma), { email: values.email, name: values.name, password, role: values.role as Role, mustChangePassword: true });
  if (!result.created) {
    const field = result.reason === "weak-password" ? "password" : "email";
    return { status: "error", message: "No account was made.", values, fieldErrors: { [field]: result.message } };
  }
  revalidatePath("/admin/users");
  return { status: "created", message: `Account made for ${values.email.toLowerCase()} (${values.role}). Pass the password on safely: it works once, to choose their own at the first sign-in.`, values: { email: "", name: "", role: "editor" }, fieldErrors: {} };
}

/** Changes a user's role; signs them out everywhere so the new role applies at once. */
export async function changeRole(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const userId = text(formData, "_user");
  const role = text(formData, "role");
  if (!roles.includes(role as Role)) return { ok: false, message: "Choose admin or editor." };
  if (userId === auth.user.id && role !== "admin") return { ok: false, message: "You cannot take the admin role from yourself; ask another admin." };
  const done = await prisma.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { role: role as Role } });
    if (updated.count === 0) return false;
    await tx.session.deleteMany({ where: { userId } });
    return true;
  });
  if (!done) return { ok: false, message: "That account no longer exists." };
  revalidatePath("/admin/users");
  return { ok: true, message: `Role changed to ${role}.` };
}

/** Removes an account and its sessions; its past changes stay in the audit log under its email. */
export async function removeAccount(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const userId = text(formData, "_user");
  if (userId === auth.user.id) return { ok: false, message: "You cannot remove your own account." };
  const removed = await prisma.user.deleteMany({ where: { id: userId } });
  if (removed.count === 0) return { ok: false, message: "That account no longer exists." };
  revalidatePath("/admin/users");
  return { ok: true, message: "Account removed." };
}
