"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/forms/field";

/** Posts to Better Auth's sign-in endpoint, where its rate limiter runs. */
export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password, rememberMe: true }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      if (response.status === 429) {
        const seconds = Number(response.headers.get("x-retry-after")) || 60;
        setError(`Too many sign-in attempts. Wait ${seconds} seconds, then try again.`);
      } else if (response.status === 401 || response.status === 400) {
        setError("That email and password do not match an account.");
      } else {
        setError("Signing in failed on the server. Try again in a moment.");
      }
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div role="alert" aria-live="assertive" className="empty:hidden rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        {error ?? ""}
      </div>
      <Field name="email" label="Email" required>
        {({ id, describedBy }) => (
          <input id={id} name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby={describedBy} className={inputClass} />
        )}
      </Field>
      <Field name="password" label="Password" required>
        {({ id, describedBy }) => (
          <input id={id} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={describedBy} className={inputClass} />
        )}
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
