"use client";

// A list of repeatable rows (parties, status entries, citations…). Rows keep their own inputs when
// others are added or removed; names are renumbered so the server reads a dense list.
import { useRef, useState } from "react";
import type { Values } from "@/lib/admin/values";
import { fieldId } from "./field";
import { FormContext, listAt, rowsAt, useFormValues } from "./form-context";

/** The row's own values placed at its current path, so its fields read them whatever its index now is. */
function nest(path: string, row: Values): Values {
  const parts = path.split(".");
  let out: Values | Values[] = row;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) {
      const list: Values[] = [];
      list[Number(part)] = out as Values;
      out = list;
    } else {
      out = { [part]: out } as Values;
    }
  }
  return out as Values;
}

/** Errors reported for the row when it was submitted at `from`, moved to where it is now. */
function moveErrors(errors: Record<string, string>, from: string | null, to: string): Record<string, string> {
  if (from === null) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path === from || path.startsWith(`${from}.`)) out[to + path.slice(from.length)] = message;
  }
  return out;
}

export function RowList({
  name,
  legend,
  rowLabel,
  addLabel,
  hint,
  renderRow,
  min = 0,
  scalar = false,
  headingLevel = 2,
}: {
  name: string;
  legend: string;
  /** "Party" → rows titled "Party 1", "Party 2". */
  rowLabel: string;
  addLabel: string;
  hint?: string;
  renderRow: (prefix: string, index: number, row: Values) => React.ReactNode;
  min?: number;
  /** Rows are single values sent under one name (recipients): each row gets { value }. */
  scalar?: boolean;
  /** 2 for a list in the form, 3 for a list inside a row. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { values, errors } = useFormValues();
  const start: Values[] = scalar ? listAt(values, name).map((value) => ({ value })) : rowsAt(values, name);
  const next = useRef(start.length);
  const [rows, setRows] = useState(() => start.map((row, i) => ({ key: i, row, origin: i as number | null })));
  const error = errors[name];
  const id = fieldId(name);
  return (
    <fieldset className="space-y-3 rounded border border-slate-200 p-3 dark:border-slate-700" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {hint ? <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
      {rows.map(({ key, row, origin }, index) => (
        <FormContext.Provider key={key} value={{ values: nest(`${name}.${index}`, row), errors: moveErrors(errors, origin === null ? null : `${name}.${origin}`, `${name}.${index}`) }}>
        <section aria-label={`${rowLabel} ${index + 1}`} className="space-y-2 rounded bg-slate-50 p-3 dark:bg-slate-900">
          <div className="flex items-center justify-between gap-2">
            <Heading className="text-sm font-medium">
              {rowLabel} {index + 1}
            </Heading>
            <button
              type="button"
              onClick={() => setRows((r) => r.filter((x) => x.key !== key))}
              disabled={rows.length <= min}
              className="rounded px-2 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-40 dark:text-red-300 dark:hover:bg-red-950"
            >
              Remove {rowLabel.toLowerCase()} {index + 1}
            </button>
          </div>
          {row.id ? <input type="hidden" name={`${name}.${index}.id`} value={String(row.id)} /> : null}
          {renderRow(`${name}.${index}`, index, row)}
        </section>
        </FormContext.Provider>
      ))}
      <button
        type="button"
        onClick={() => setRows((r) => [...r, { key: next.current++, row: {}, origin: null }])}
        className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
