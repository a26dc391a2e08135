// Better Auth over the app's Prisma client: email and password only (no self sign-up), sessions in the
// database, httpOnly SameSite=Lax cookies (Secure in production), sign-in rate-limited in every
// environment. See docs/decisions/040-auth-better-auth.md.
import { prismaAdapter } from "@better-auth/prisma-adapter";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { authSecret } from "./secret";

export const roles = ["admin", "editor"] as const;
export type Role = (typeof roles)[number];

/** Sign-in attempts allowed per client address in each window. */
export const signInRateLimit = { window: 60, max: env.SIGN_IN_RATE_LIMIT_PER_MINUTE };

export interface AuthOptions {
  secret?: string;
  baseURL?: string;
  /** Secure cookies; defaults to NODE_ENV=production. */
  secureCookies?: boolean;
}

export function createAuth(prisma: PrismaClient, options: AuthOptions = {}) {
  const baseURL = options.baseURL ?? env.SITE_URL;
  return betterAuth({
    appName: "Defence Cooperation Tracker",
    baseURL,
    basePath: "/api/auth",
    secret: options.secret ?? authSecret(),
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (`npm run admin:create`, /admin/users), never by visitors.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    user: {
      additionalFields: {
        role: { type: [...roles], required: false, defaultValue: "editor", input: false },
        // A one-time password (the generated first admin) must be replaced before anything else works.
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // No cookie cache: every request reads the session row, so sign-out, a role change or a removed
      // user takes effect at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      // Better Auth turns its limiter off outside production by default; brute force is no less a
      // threat on a test or staging server.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": signInRateLimit },
    },
    advanced: {
      useSecureCookies: options.secureCookies ?? process.env.NODE_ENV === "production",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Same-origin requests are trusted whatever port or host the app is served on; cross-site ones
    // are refused (the browser sets Origin, which a page on another site cannot forge).
    trustedOrigins: async (request) => {
      const host = request?.headers.get("host");
      if (!request || !host) return [];
      const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
      return [`${proto}://${host}`];
    },
    telemetry: { enabled: false },
    logger: { disabled: process.env.NODE_ENV === "test" },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
