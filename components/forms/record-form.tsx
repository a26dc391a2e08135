"use client";

// The frame of every record form: useActionState with the entity's server action, the hidden id and
// version, an error summary that links to each field, the conflict view, and Draft/Published. After an
// error the form is re-mounted with exactly what was submitted, so nothing typed is lost.
import { useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/admin/types";
import { labelPath, type Values } from "@/lib/admin/values";
import { ConflictPanel } from "./conflict-panel";
import { fieldId } from "./field";
import { FormContext } from "./form-context";
import { RadioGroup } from "./inputs";

export type SaveAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export function RecordForm({
  action,
  id,
  initial,
  version,
  labels,
  submitLabel = "Save",
  publishable = true,
  children,
}: {
  action: SaveAction;
  id: number | null;
  initial: Values;
  version: number | null;
  labels?: Record<string, string>;
  submitLabel?: string;
  /** Show the Draft/Published choice (records) or not (a citation). */
  publishable?: boolean;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initial, version });
  const submission = "submission" in state ? state.submission : 0;
  // "Load their version" replaces the form's content without a round trip.
  const [replacement, setReplacement] = useState<{ submission: number; values: Values; version: number | null; n: number } | null>(null);
  const active = replacement && replacement.submission === submission ? replacement : null;
  const values = active?.values ?? state.values;
  const currentVersion = active?.version ?? state.version;
  const errors = state.status === "error" && !active ? state.fieldErrors : {};
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  return (
    <div className="space-y-4">
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {state.status === "error" || state.status === "refused" ? (
          <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            <p className="font-medium">{state.message}</p>
            {state.status === "error" && Object.keys(state.fieldErrors).length > 0 ? (
              <ul className="list-disc space-y-0.5 pl-5">
                {Object.entries(state.fieldErrors).map(([path, message]) => (
                  <li key={path}>
                    <a href={`#${fieldId(path)}`} className="underline">
                      {labelPath(path, labels)}
                    </a>
                    : {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.status === "conflict" && !active ? (
          <ConflictPanel
            state={state}
            labels={labels}
            onLoadTheirs={() => setReplacement({ submission, values: state.conflict.current, version: state.conflict.currentVersion, n: (replacement?.n ?? 0) + 1 })}
          />
        ) : null}
        {active ? (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            The form now shows the current version ({active.version}). Your own edits were discarded; make your change again and save.
          </p>
        ) : null}
      </div>
      <form key={`${submission}-${active?.n ?? 0}`} action={formAction} className="space-y-5" noValidate>
        {id !== null ? <input type="hidden" name="_id" value={id} /> : null}
        {currentVersion !== null ? <input type="hidden" name="_version" value={currentVersion} /> : null}
        <FormContext.Provider value={{ values, errors }}>
          {children}
          {publishable ? (
          <RadioGroup
            name="published"
            label="Visibility"
            options={[
              { value: "no", label: "Draft", hint: "Only editors see it." },
              { value: "yes", label: "Published", hint: "On the public site and in the API." },
            ]}
          />
          ) : null}
        </FormContext.Provider>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <button type="submit" disabled={pending} className="rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700 disabled:opacity-60">
            {pending ? "Saving…" : state.status === "conflict" && !active ? "Save my merged version" : submitLabel}
          </button>
          {currentVersion !== null ? <span className="text-sm text-slate-600 dark:text-slate-400">Editing version {currentVersion}</span> : null}
        </div>
      </form>
    </div>
  );
}
