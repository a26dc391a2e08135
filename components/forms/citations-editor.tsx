"use client";

import { RowList } from "./row-list";
import { SelectField, TextField, type Option } from "./inputs";

/** Citations of a record (or of one of its rows): a source, a verbatim quote, optionally the field it supports. */
export function CitationsEditor({ name, sources, legend = "Citations", hint, rowLabel = "Citation", nested = false }: { name: string; sources: Option[]; legend?: string; hint?: string; rowLabel?: string; nested?: boolean }) {
  return (
    <RowList
      name={name}
      legend={legend}
      rowLabel={rowLabel}
      headingLevel={nested ? 3 : 2}
      addLabel="Add a citation"
      hint={hint ?? "Choose the source and paste the quote exactly as it appears in it; it is checked word for word when you save."}
      renderRow={(prefix, index) => (
        <div className="grid gap-2 sm:grid-cols-2">
          <SelectField name={`${prefix}.sourceId`} label={`${rowLabel} ${index + 1} source`} options={sources} placeholder="Choose a source…" required className="space-y-1 sm:col-span-2" />
          <TextField name={`${prefix}.quote`} label={`${rowLabel} ${index + 1} quote`} multiline rows={3} required className="space-y-1 sm:col-span-2" />
          <TextField name={`${prefix}.field`} label={`${rowLabel} ${index + 1} supports field (optional)`} hint="e.g. status, valueAmount; empty = the whole record" />
          <TextField name={`${prefix}.note`} label={`${rowLabel} ${index + 1} note (optional)`} />
        </div>
      )}
    />
  );
}
