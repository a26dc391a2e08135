// A labelled form control with its hint and error linked by aria-describedby. The error text sits in a
// live region, so a screen reader announces it when it appears.

export interface FieldProps {
  /** The form field name ("parties.0.role"); the control's id is derived from it. */
  name: string;
  label: string;
  /** The error message for this field, if any. */
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Render the label visually hidden (row fields with a visible group heading). */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => React.ReactNode;
}

export const inputClass =
  "block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400";

/** "parties.0.role" → "field-parties-0-role": stable, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function Field({ name, label, error, hint, required, className, children }: FieldProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ?? "space-y-1"}>
      <div className="flex items-baseline gap-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        {required ? (
          <span aria-hidden="true" title="required" className="text-sm text-red-700 dark:text-red-400">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {error ?? ""}
      </p>
    </div>
  );
}
