// Form fields of the list filters. Plain HTML controls inside a GET form: they work without
// JavaScript, and every value ends up in the URL.

import type { Option } from "@/lib/lists/options";

export interface OptionGroup {
  label: string;
  options: Option[];
}

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm focus:border-accent-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
const labelClass = "block text-sm font-medium text-slate-800 dark:text-slate-200";

export function TextField({ name, label, value, placeholder, type = "search" }: { name: string; label: string; value?: string; placeholder?: string; type?: "search" | "text" }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className={labelClass}>
        {label}
      </label>
      <input id={`f-${name}`} name={name} type={type} defaultValue={value} placeholder={placeholder} className={control} />
    </div>
  );
}

/**
 * A single choice. A value in the URL that the menu does not list (e.g. from=2023-02 from a chart link)
 * is kept as an extra option, so submitting the form never drops it.
 */
export function SelectField({
  name,
  label,
  value,
  options,
  groups,
  anyLabel = "Any",
  formatUnknown = (v: string) => v,
  hint,
}: {
  name: string;
  label: string;
  value?: string;
  options?: Option[];
  groups?: OptionGroup[];
  anyLabel?: string | null;
  formatUnknown?: (value: string) => string;
  /** A line under the menu, read out with it. */
  hint?: React.ReactNode;
}) {
  const known = new Set([...(options ?? []), ...(groups ?? []).flatMap((g) => g.options)].map((o) => o.value));
  return (
    <div>
      <label htmlFor={`f-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={control} aria-describedby={hint ? `f-${name}-hint` : undefined}>
        {anyLabel !== null ? <option value="">{anyLabel}</option> : null}
        {value && !known.has(value) ? <option value={value}>{formatUnknown(value)}</option> : null}
        {(options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {(groups ?? []).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {hint ? (
        <p id={`f-${name}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Several choices (sent as repeated parameters), folded away unless one is ticked. */
export function CheckboxGroup({ name, legend, options, values = [] }: { name: string; legend: string; options: Option[]; values?: string[] }) {
  const selected = new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim().toUpperCase()));
  return (
    <details open={selected.size > 0} className="group rounded-md border border-slate-200 dark:border-slate-800">
      <summary className="flex cursor-pointer items-center justify-between px-3 py-2 text-sm font-medium text-slate-800 dark:text-slate-200">
        <span>
          {legend}
          {selected.size > 0 ? <span className="ml-1 text-accent-600 dark:text-sky-400">({selected.size})</span> : null}
        </span>
        <span aria-hidden="true" className="text-slate-500 transition group-open:rotate-180">
          ▾
        </span>
      </summary>
      <fieldset className="space-y-1 px-3 pb-3">
        <legend className="sr-only">{legend}</legend>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.has(o.value)} className="h-4 w-4 accent-accent-600" />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
