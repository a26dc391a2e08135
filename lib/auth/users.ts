// Creating and changing accounts through Better Auth's own adapter and password hasher (scrypt), for
// `npm run admin:create`, the first admin and /admin/users.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAuth, type Auth, type Role } from "./config";

export interface NewUser {
  email: string;
  password: string;
  name?: string;
  role: Role;
  /** The password is a one-time one: a new one must be chosen at the first sign-in. */
  mustChangePassword?: boolean;
}

export type CreateUserResult = { created: true; id: string } | { created: false; reason: "exists" | "weak-password" | "bad-email"; message: string };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(auth: Auth, input: NewUser): Promise<CreateUserResult> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  if (!emailPattern.test(email)) return { created: false, reason: "bad-email", message: `"${input.email}" is not an email address.` };
  const problem = await passwordProblem(auth, input.password);
  if (problem) return { created: false, reason: "weak-password", message: problem };
  if (await ctx.internalAdapter.findUserByEmail(email)) return { created: false, reason: "exists", message: `There is already an account for ${email}.` };
  const user = await ctx.internalAdapter.createUser({ email, name: input.name?.trim() || email.split("@")[0]!, emailVerified: true, role: input.role, mustChangePassword: input.mustChangePassword ?? false }, { method: "email-password" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: await ctx.password.hash(input.password) });
  return { created: true, id: user.id };
}

/** Why a password is refused, or null. */
export async function passwordProblem(auth: Auth, password: string): Promise<string | null> {
  const { minPasswordLength, maxPasswordLength } = (await auth.$context).password.config;
  if (password.length < minPasswordLength || password.length > maxPasswordLength)
    return `The password needs ${minPasswordLength} to ${maxPasswordLength} characters.`;
  return null;
}

/** Sets a password chosen by its owner (or reset by an admin), which clears any one-time flag. */
export async function setPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(userId, await ctx.password.hash(password));
  await ctx.internalAdapter.updateUser(userId, { mustChangePassword: false });
}

/** The first admin's email when ADMIN_EMAIL is not set. */
export const defaultAdminEmail = "admin@example.org";

export type FirstAdminResult = { kind: "exists" } | { kind: "from-environment"; email: string } | { kind: "generated"; email: string; password: string };

/** A one-time password: 24 characters from 144 random bits, easy to copy from a console. */
export function oneTimePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * The first start of an empty database makes its first admin (see README "Admin" and
 * docs/decisions/074-first-admin.md). No password is ever built in:
 * - ADMIN_EMAIL and ADMIN_PASSWORD (from the environment or .env) give the first admin's account;
 * - otherwise a strong one-time password is generated, printed once (through `log`), and must be
 *   replaced at the first sign-in before any admin page or action works.
 * Once any account exists, nothing happens (ADMIN_* are then ignored; use `npm run admin:create`).
 */
export async function ensureFirstAdmin(
  prisma: PrismaClient,
  env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  log: (line: string) => void = () => {},
): Promise<FirstAdminResult> {
  if ((await prisma.user.count()) > 0) return { kind: "exists" };
  const email = (env.ADMIN_EMAIL || defaultAdminEmail).trim().toLowerCase();
  const fromEnvironment = Boolean(env.ADMIN_PASSWORD);
  const password = env.ADMIN_PASSWORD || oneTimePassword();
  const auth = createAuth(prisma);
  const result = await createUser(auth, { email, password, name: "Admin", role: "admin", mustChangePassword: !fromEnvironment });
  if (!result.created) {
    // Another process made the first account meanwhile: that one stands.
    if (result.reason === "exists" || (await prisma.user.count()) > 0) return { kind: "exists" };
    throw new Error(`Could not create the first admin: ${result.message}`);
  }
  if (fromEnvironment) {
    log(`Created the first admin ${email} with the password from ADMIN_PASSWORD.`);
    return { kind: "from-environment", email };
  }
  const rule = "─".repeat(72);
  for (const line of [
    rule,
    "No accounts yet, so a first admin was created with a one-time password:",
    `  Email:     ${email}`,
    `  Password:  ${password}`,
    "Sign in at /admin/sign-in; you will be asked to choose your own password first.",
    `This password is shown only this once. Lost it? npm run admin:create -- --email ${email} --reset-password`,
    rule,
  ])
    log(line);
  return { kind: "generated", email, password };
}
