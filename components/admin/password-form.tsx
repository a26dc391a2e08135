"use client";

import { useActionState } from "react";
import { choosePassword, type PasswordState } from "@/lib/actions/session";
import { Field, inputClass } from "@/components/forms/field";

const initial: PasswordState = { message: null, fieldErrors: {}, submission: 0 };

/** Current password, then the new one twice. A POST form that works without JavaScript. */
export function PasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const [state, action, pending] = useActionState(choosePassword, initial);
  const errors = state.fieldErrors;
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
      <Field name="current" label={oneTime ? "One-time password" : "Current password"} error={errors.current} required>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="current"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        name="password"
        label="New password"
        hint="10 to 128 characters. A few unrelated words make a strong one."
        error={errors.password}
        required
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={128}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="confirm" label="New password again" error={errors.confirm} required>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={invalid}
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
        {pending ? "Saving…" : "Save my password"}
      </button>
    </form>
  );
}
