"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/admin/types";

/** A one-button form for a record action (restore a version, restore from the trash…) with its outcome announced. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel = "Working…",
  tone = "neutral",
  confirm,
}: {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  tone?: "neutral" | "danger";
  /** A second, explicit step before a destructive action. */
  confirm?: string;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  const button = (text: string) => (
    <button
      type="submit"
      disabled={pending}
      className={`rounded px-3 py-1.5 text-sm disabled:opacity-60 ${
        tone === "danger"
          ? "border border-red-400 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950"
          : "border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      }`}
    >
      {pending ? pendingLabel : text}
    </button>
  );
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <details>
          <summary className="cursor-pointer list-none">
            <span className={`inline-block rounded px-3 py-1.5 text-sm ${tone === "danger" ? "border border-red-400 text-red-800 dark:text-red-300" : "border border-slate-300 dark:border-slate-600"}`}>{label}…</span>
          </summary>
          <div className="mt-2 space-y-2 rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
            <p>{confirm}</p>
            {button(`Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}`)}
          </div>
        </details>
      ) : (
        button(label)
      )}
      <p role="status" aria-live="polite" className={`text-sm empty:hidden ${result && !result.ok ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}>
        {result?.message ?? ""}
      </p>
    </form>
  );
}
