"use client";

// Form controls bound to the admin form's values (what was stored, or what was just submitted) and its
// field errors. All are uncontrolled: the form is re-mounted with the submitted values after an error,
// so nothing typed is ever lost.
import { labelOf } from "@/lib/format";
import { Field, fieldId, inputClass } from "./field";
import { listAt, stringAt, useFormValues } from "./form-context";

interface Common {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

export function TextField({ multiline, rows = 4, type = "text", placeholder, autoComplete, ...common }: Common & { multiline?: boolean; rows?: number; type?: string; placeholder?: string; autoComplete?: string }) {
  const { values, errors } = useFormValues();
  const value = stringAt(values, common.name);
  return (
    <Field {...common} error={errors[common.name]}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea id={id} name={common.name} defaultValue={value} rows={rows} aria-describedby={describedBy} aria-invalid={invalid} required={common.required} placeholder={placeholder} className={inputClass} />
        ) : (
          <input id={id} name={common.name} type={type} defaultValue={value} aria-describedby={describedBy} aria-invalid={invalid} required={common.required} placeholder={placeholder} autoComplete={autoComplete ?? "off"} className={inputClass} />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** Options from an enum's values, labelled for people ("LICENSED_PRODUCTION" → "Licensed production"). */
export function enumOptions(values: Record<string, string>): Option[] {
  return Object.values(values).map((v) => ({ value: v, label: labelOf(v) }));
}

export function SelectField({ options, placeholder, ...common }: Common & { options: Option[]; placeholder?: string }) {
  const { values, errors } = useFormValues();
  const value = stringAt(values, common.name);
  return (
    <Field {...common} error={errors[common.name]}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={common.name} defaultValue={value} aria-describedby={describedBy} aria-invalid={invalid} required={common.required} className={inputClass}>
          {placeholder !== undefined || !common.required ? <option value="">{placeholder ?? "—"}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox sent as "yes" or "no" (a hidden "no" precedes it; the last value wins). */
export function YesNoField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { values, errors } = useFormValues();
  const id = fieldId(name);
  const error = errors[name];
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input type="hidden" name={name} value="no" />
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={stringAt(values, name) === "yes"}
          aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
          className="h-4 w-4"
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
    </div>
  );
}

/** A group of checkboxes sent as a list under one name. */
export function CheckboxGroup({ name, label, options, hint, scroll }: { name: string; label: string; options: Option[]; hint?: string; scroll?: boolean }) {
  const { values, errors } = useFormValues();
  const selected = new Set(listAt(values, name));
  const id = fieldId(name);
  const error = errors[name];
  return (
    <fieldset className="space-y-1" aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div className={`grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3 ${scroll ? "max-h-56 overflow-y-auto rounded border border-slate-200 p-2 dark:border-slate-700" : ""}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.has(o.value)} className="mt-0.5 h-4 w-4 shrink-0" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
    </fieldset>
  );
}

/** Radio buttons (one value). */
export function RadioGroup({ name, label, options, hint }: { name: string; label: string; options: (Option & { hint?: string })[]; hint?: string }) {
  const { values, errors } = useFormValues();
  const current = stringAt(values, name) || options[0]?.value;
  const id = fieldId(name);
  const error = errors[name];
  return (
    <fieldset className="space-y-1" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {hint ? <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div className="flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name={name} value={o.value} defaultChecked={current === o.value} className="mt-0.5 h-4 w-4" />
            <span>
              {o.label}
              {o.hint ? <span className="block text-xs text-slate-600 dark:text-slate-400">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
    </fieldset>
  );
}

/** A date known to the day, month or year: the precision is read off what is typed. */
export function PartialDateField(common: Common) {
  return <TextField {...common} hint={common.hint ?? "YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year only."} placeholder="2023-02-11" />;
}
