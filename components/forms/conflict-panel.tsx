"use client";

import { ChangeTable } from "@/components/admin/change-table";
import type { FormState } from "@/lib/admin/types";
import { fieldId } from "./field";

type ConflictState = Extract<FormState, { status: "conflict" }>;

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** Someone saved first: what they changed, both versions side by side, and ways to merge. */
export function ConflictPanel({ state, labels, onLoadTheirs }: { state: ConflictState; labels?: Record<string, string>; onLoadTheirs: () => void }) {
  const { conflict } = state;

  function applyTheirs(path: string, value: string) {
    const element = document.getElementById(fieldId(path));
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      element.value = value;
      element.focus();
    }
  }

  const scalar = (path: string) => !path.includes(".") || /^value\.|^usd\./.test(path);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <h2 id="conflict-heading" className="text-base font-semibold">
        Someone else saved this record while you were editing
      </h2>
      <p>{state.message}</p>
      {conflict.changes.map((c) => (
        <details key={c.version} open>
          <summary className="cursor-pointer font-medium">
            Version {c.version}: {c.action.toLowerCase()} by {c.userEmail}, {when(c.at)}
          </summary>
          <ChangeTable changes={c.diff} labels={labels} caption={`Changes in version ${c.version}`} />
        </details>
      ))}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] table-fixed border-collapse text-left">
          <caption className="mb-1 text-left font-medium">Yours and theirs, side by side</caption>
          <thead>
            <tr className="border-b border-amber-300 dark:border-amber-800">
              <th scope="col" className="w-1/5 py-1 pr-2">
                Field
              </th>
              <th scope="col" className="py-1 pr-2">
                Your version (in the form below)
              </th>
              <th scope="col" className="py-1 pr-2">
                Their version (version {conflict.currentVersion})
              </th>
              <th scope="col" className="w-28 py-1">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.differences.map((d) => (
              <tr key={d.path} className="border-b border-amber-200 align-top dark:border-amber-900">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {d.label}
                </th>
                <td className="py-1 pr-2 break-words whitespace-pre-wrap">{d.mine}</td>
                <td className="py-1 pr-2 break-words whitespace-pre-wrap">{d.theirs}</td>
                <td className="py-1">
                  {scalar(d.path) ? (
                    <button type="button" onClick={() => applyTheirs(d.path, rawTheirs(conflict.current, d.path))} className="rounded border border-amber-500 px-2 py-0.5 text-xs hover:bg-amber-100 dark:hover:bg-amber-900">
                      Use theirs<span className="sr-only"> for {d.label}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        The form below still holds your version, now based on version {conflict.currentVersion}. Take what you want from theirs, then save —
        or start again from their version:
      </p>
      <button type="button" onClick={onLoadTheirs} className="rounded border border-amber-600 px-3 py-1.5 hover:bg-amber-100 dark:hover:bg-amber-900">
        Discard my edits and load their version
      </button>
    </section>
  );
}

function rawTheirs(values: Record<string, unknown>, path: string): string {
  let node: unknown = values;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : Array.isArray(node) ? node.join(", ") : "";
}
