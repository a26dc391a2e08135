// Signing in with email and password, for the sign-in form's server action. The form works the same
// with and without JavaScript (a POST either way; the password never travels in a URL), and it goes
// through Better Auth's own HTTP handler — not `auth.api` — so that its sign-in rate limit and origin
// check apply exactly as they do to /api/auth/sign-in/email.
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import type { Auth } from "./config";

export type SignInOutcome =
  { ok: true; cookies: { name: string; value: string; options: ReturnType<typeof toCookieOptions> }[] } | { ok: false; message: string };

/** Request headers not passed on: they describe the form's own body, not the JSON sent to Better Auth. */
const dropped = new Set(["content-type", "content-length", "transfer-encoding", "connection"]);

export const signInMessages = {
  mismatch: "That email and password do not match an account.",
  missing: "Enter your email and your password.",
  limited: (seconds: number) => `Too many sign-in attempts. Wait ${seconds} seconds, then try again.`,
  failed: "Signing in failed on the server. Try again in a moment.",
} as const;

export async function signInWithPassword(auth: Auth, incoming: Headers, email: string, password: string): Promise<SignInOutcome> {
  if (!email.trim() || !password) return { ok: false, message: signInMessages.missing };
  const headers = new Headers({ "content-type": "application/json" });
  incoming.forEach((value, name) => {
    if (!dropped.has(name.toLowerCase())) headers.set(name, value);
  });
  const host = incoming.get("host") ?? "localhost";
  const proto = incoming.get("x-forwarded-proto") ?? "http";
  const request = new Request(`${proto}://${host}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: email.trim(), password, rememberMe: true }),
  });
  const response = await auth.handler(request);
  if (response.ok) {
    const parsed = parseSetCookieHeader(response.headers.get("set-cookie") ?? "");
    return { ok: true, cookies: [...parsed].map(([name, value]) => ({ name, value: value.value, options: toCookieOptions(value) })) };
  }
  if (response.status === 429) return { ok: false, message: signInMessages.limited(Number(response.headers.get("x-retry-after")) || 60) };
  if (response.status === 401 || response.status === 400) return { ok: false, message: signInMessages.mismatch };
  return { ok: false, message: signInMessages.failed };
}
