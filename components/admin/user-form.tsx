"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { createAccount, type UserFormState } from "@/lib/actions/users";

const initial: UserFormState = { status: "idle", message: "", values: { email: "", name: "", role: "editor" }, fieldErrors: {} };

export function UserForm() {
  const [state, action, pending] = useActionState(createAccount, initial);
  return (
    <form key={state.status === "created" ? state.message : "form"} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <p role={state.status === "error" ? "alert" : "status"} className={`text-sm sm:col-span-2 empty:hidden ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}>
        {state.message}
      </p>
      <Field name="email" label="Email" required error={state.fieldErrors.email}>
        {({ id, describedBy, invalid }) => <input id={id} name="email" type="email" defaultValue={state.values.email} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field name="name" label="Name">
        {({ id, describedBy }) => <input id={id} name="name" defaultValue={state.values.name} aria-describedby={describedBy} className={inputClass} />}
      </Field>
      <Field name="password" label="First password" hint="At least 10 characters; pass it on safely. It works once: they choose their own at the first sign-in." required error={state.fieldErrors.password}>
        {({ id, describedBy, invalid }) => <input id={id} name="password" type="password" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />}
      </Field>
      <Field name="role" label="Role" error={state.fieldErrors.role}>
        {({ id, describedBy, invalid }) => (
          <select id={id} name="role" defaultValue={state.values.role} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="editor">Editor — edits records</option>
            <option value="admin">Admin — also users and the trash</option>
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
          {pending ? "Making the account…" : "Make account"}
        </button>
      </div>
    </form>
  );
}
