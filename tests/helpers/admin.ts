// Calling the admin's server actions directly in integration tests: the app's database and the
// request headers are swapped for a test database and a chosen session cookie.
import { vi } from "vitest";
import { createAuth } from "@/lib/auth/config";
import { createUser } from "@/lib/auth/users";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const requestState: { prisma: PrismaClient | undefined; headers: Headers } = { prisma: undefined, headers: new Headers() };

/** Thrown by the mocked next/navigation redirect, as Next's own is. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export function signedOut() {
  requestState.headers = new Headers();
}

/** Makes a user with this role and uses their session for the next action calls. */
export async function signInAs(prisma: PrismaClient, role: "admin" | "editor", email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`) {
  const auth = createAuth(prisma);
  const password = "a long test password";
  const made = await createUser(auth, { email, password, role });
  if (!made.created && made.reason !== "exists") throw new Error(made.message);
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = /(better-auth\.session_token=[^;]+)/.exec(headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error("no session cookie");
  requestState.headers = new Headers({ cookie });
  return { email };
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

/** Runs an action that redirects on success; returns the redirect URL, or the action's result. */
export async function run<T>(action: () => Promise<T>): Promise<{ redirect: string } | { result: T }> {
  try {
    return { result: await action() };
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirect: error.url };
    throw error;
  }
}

export const nextMocks = {
  db: () => ({
    get prisma() {
      return requestState.prisma;
    },
  }),
  headers: () => ({
    headers: async () => requestState.headers,
    cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
  }),
  cache: () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }),
  navigation: () => ({
    redirect: (url: string) => {
      throw new RedirectSignal(url);
    },
    notFound: () => {
      throw new Error("notFound");
    },
  }),
};

/** Form values (as a record's form shows them) → the FormData its form would post. */
export function valuesToForm(values: Record<string, unknown>, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  const walk = (value: unknown, name: string) => {
    if (typeof value === "string") data.append(name, value);
    else if (Array.isArray(value)) value.forEach((v, i) => (typeof v === "string" ? data.append(name, v) : walk(v, `${name}.${i}`)));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, name ? `${name}.${k}` : k);
  };
  walk(values, "");
  for (const [k, v] of Object.entries(extra)) data.set(k, v);
  return data;
}
