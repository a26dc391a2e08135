// The app's Better Auth instance and the session checks every admin page, server action and route
// handler calls itself (the proxy's cookie check is only a shortcut to the sign-in page).
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAuth, type Auth, type Role } from "./config";

const instances = new WeakMap<PrismaClient, Auth>();

/** One Better Auth instance per Prisma client (the app has one; tests swap databases). */
export function getAuth(client: PrismaClient = prisma): Auth {
  let auth = instances.get(client);
  if (!auth) {
    auth = createAuth(client);
    instances.set(client, auth);
  }
  return auth;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Signed in with a one-time password: only /admin/password works until a new one is chosen. */
  mustChangePassword: boolean;
}

/** Where a user with a one-time password chooses their own. */
export const choosePasswordPath = "/admin/password";

/** The signed-in user of this request, read from the session row (never from the cookie alone). */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const extra = session.user as { role?: string; mustChangePassword?: boolean | null };
  const role = extra.role === "admin" ? "admin" : "editor";
  return { id: session.user.id, email: session.user.email, name: session.user.name, role, mustChangePassword: extra.mustChangePassword === true };
}

export function hasRole(user: SessionUser, needed: Role): boolean {
  return needed === "editor" || user.role === "admin";
}

export type Authorization = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; message: string };

/** For server actions and route handlers: who may write, or why not. */
export async function authorize(needed: Role): Promise<Authorization> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401, message: "You are not signed in (or your session has expired). Sign in and try again." };
  if (user.mustChangePassword) return { ok: false, status: 403, message: "Choose your own password first (on the page you were sent to after signing in), then try again." };
  if (!hasRole(user, needed)) return { ok: false, status: 403, message: "This needs the admin role. Ask an admin to do it." };
  return { ok: true, user };
}

/**
 * For admin pages: the signed-in user, or a redirect to the sign-in page that comes back here. A user
 * still on a one-time password is sent to choose their own first.
 */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword) redirect(`${choosePasswordPath}?next=${encodeURIComponent(returnTo)}`);
  return user;
}
