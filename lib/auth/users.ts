// Creating and changing accounts through Better Auth's own adapter and password hasher (scrypt), for
// `npm run admin:create`, the development admin and /admin/users.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAuth, type Auth, type Role } from "./config";

export interface NewUser {
  email: string;
  password: string;
  name?: string;
  role: Role;
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
  const user = await ctx.internalAdapter.createUser({ email, name: input.name?.trim() || email.split("@")[0]!, emailVerified: true, role: input.role }, { method: "email-password" });
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

export async function setPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(userId, await ctx.password.hash(password));
}

/** Creates the development admin from ADMIN_EMAIL / ADMIN_PASSWORD unless it exists (see prepare-db). */
export async function ensureDevelopmentAdmin(
  prisma: PrismaClient,
  env: { NODE_ENV?: string; DATABASE_URL?: string; ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  log: (line: string) => void = () => {},
): Promise<"created" | "exists" | "skipped-production"> {
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    log("Production database: no default admin is created (use `npm run admin:create -- --email …`).");
    return "skipped-production";
  }
  const email = (env.ADMIN_EMAIL || developmentAdmin.email).toLowerCase();
  const password = env.ADMIN_PASSWORD || developmentAdmin.password;
  const auth = createAuth(prisma);
  const result = await createUser(auth, { email, password, name: "Development admin", role: "admin" });
  if (result.created) {
    log(`Created the development admin ${email} (password from ADMIN_PASSWORD, default in .env.example).`);
    return "created";
  }
  if (result.reason !== "exists") throw new Error(`Could not create the development admin: ${result.message}`);
  return "exists";
}

export const developmentAdmin = { email: "admin@example.org", password: "change-me-admin-2024" };
