"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/lib/actions/session";
import { Field, inputClass } from "@/components/forms/field";

const initial: SignInState = { message: null, email: "", submission: 0 };

/**
 * A POST form bound to a server action: without JavaScript the browser posts it and the page comes back
 * with the message; with JavaScript it is sent in the background. Either way the same action, messages
 * and rate limit apply, and the password never appears in a URL.
 */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, initial);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div
        role="alert"
        aria-live="assertive"
        className="empty:hidden rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        {state.message ?? ""}
      </div>
      <Field name="email" label="Email" required>
        {({ id, describedBy }) => (
          <input
            id={id}
            key={state.submission}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="password" label="Password" required>
        {({ id, describedBy }) => (
          <input
            id={id}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
