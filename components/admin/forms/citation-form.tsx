"use client";

import { Field, inputClass } from "@/components/forms/field";
import { SelectField, TextField, type Option } from "@/components/forms/inputs";
import { RecordForm } from "@/components/forms/record-form";
import { useFormValues, stringAt } from "@/components/forms/form-context";
import { saveCitation } from "@/lib/actions/citations";
import type { Values } from "@/lib/admin/values";

export interface OwnerGroup {
  label: string;
  options: Option[];
}

function OwnerSelect({ groups }: { groups: OwnerGroup[] }) {
  const { values, errors } = useFormValues();
  return (
    <Field name="owner" label="Record the quote supports" required error={errors.owner}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name="owner" defaultValue={stringAt(values, "owner")} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
          <option value="">Choose a record…</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One citation: the record it supports (when new), a source, and the quote, checked word for word on save. */
export function CitationForm({ citationId, version, initial, sources, owners, evidence }: { citationId: number | null; version: number | null; initial: Values; sources: Option[]; owners: OwnerGroup[]; evidence?: boolean }) {
  return (
    <RecordForm action={saveCitation} id={null} version={version} initial={initial} publishable={false} submitLabel={citationId === null ? "Add citation" : "Save citation"}>
      {citationId !== null ? <input type="hidden" name="_citation" value={citationId} /> : <OwnerSelect groups={owners} />}
      {evidence ? null : <SelectField name="sourceId" label="Source" options={sources} placeholder="Choose a source…" required />}
      <TextField name="quote" label="Quote" multiline rows={5} required hint="Paste it exactly as it appears in the source; it is checked word for word (spacing aside)." />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="field" label="Supports field (optional)" hint="e.g. status, valueAmount; empty = the whole record" />
        <TextField name="note" label="Note (optional)" />
      </div>
    </RecordForm>
  );
}
