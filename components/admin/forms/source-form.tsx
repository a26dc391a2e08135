"use client";

import { PartialDateField, TextField, YesNoField } from "@/components/forms/inputs";
import { RecordForm, type SaveAction } from "@/components/forms/record-form";
import { RowList } from "@/components/forms/row-list";
import { SlugField } from "@/components/forms/slug-field";
import type { FormOptions } from "@/lib/admin/options";
import type { Values } from "@/lib/admin/values";

export function SourceForm({ action, id, version, initial, labels }: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) {
  return (
    <RecordForm action={action} id={id} version={version} initial={initial} labels={labels}>
      <TextField name="title" label="Title" required />
      <SlugField titleName="title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="publisher" label="Publisher" />
        <TextField name="author" label="Author" />
        <TextField name="url" label="URL" type="url" />
        <TextField name="language" label="Language" required hint="ISO 639-1, e.g. en" />
        <PartialDateField name="publishedAt" label="Publication date" />
      </div>
      <div className="flex flex-wrap gap-6">
        <YesNoField name="publisherInferred" label="Publisher inferred, not stated" />
        <YesNoField name="publishedAtInferred" label="Publication date inferred, not stated" />
      </div>
      <TextField name="inferenceNote" label="Why the inferred fields hold what they hold" multiline rows={2} />
      <TextField name="fullText" label="Full text of the article" multiline rows={14} required hint="Stored for checking quotes; never republished. Quotes cited from it must keep occurring in it." />
      <RowList
        name="evidence"
        legend="Evidence for inferred fields"
        rowLabel="Evidence"
        addLabel="Add an evidence quote"
        hint="Quotes from this text that support an inferred publisher or date (field: publisher, publishedAt)."
        renderRow={(prefix, i) => (
          <div className="grid gap-2 sm:grid-cols-2">
            <TextField name={`${prefix}.quote`} label={`Evidence ${i + 1} quote`} multiline rows={2} required className="space-y-1 sm:col-span-2" />
            <TextField name={`${prefix}.field`} label={`Evidence ${i + 1} field`} />
            <TextField name={`${prefix}.note`} label={`Evidence ${i + 1} note`} />
          </div>
        )}
      />
    </RecordForm>
  );
}
