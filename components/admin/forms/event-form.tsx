"use client";

import { ActorPicker } from "@/components/forms/actor-picker";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { CheckboxGroup, enumOptions, PartialDateField, SelectField, TextField, YesNoField } from "@/components/forms/inputs";
import { RecordForm, type SaveAction } from "@/components/forms/record-form";
import { RowList } from "@/components/forms/row-list";
import { SlugField } from "@/components/forms/slug-field";
import type { FormOptions } from "@/lib/admin/options";
import type { Values } from "@/lib/admin/values";
import { Confidence, EventActorRole, EventKind, Stance } from "@/lib/generated/prisma/enums";

export function EventForm({ action, id, version, initial, options, labels }: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) {
  return (
    <RecordForm action={action} id={id} version={version} initial={initial} labels={labels}>
      <TextField name="title" label="Title" required />
      <SlugField titleName="title" />
      <TextField name="description" label="Description" multiline required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="kind" label="Kind" options={enumOptions(EventKind)} required placeholder="Choose a kind…" />
        <PartialDateField name="date" label="Date" required />
        <TextField name="endDate" label="End date (multi-day events)" hint="YYYY-MM-DD" />
      </div>
      <YesNoField name="dateInferred" label="Date inferred, not stated" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="place" label="Place" />
        <TextField name="placeCountryCode" label="Country of the place" hint="ISO code, e.g. FR" />
        <SelectField name="confidence" label="Confidence" options={enumOptions(Confidence)} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="stance" label="Stance (statements only)" options={enumOptions(Stance)} />
        <TextField name="topic" label="Topic (statements)" hint='e.g. "sending troops to Ukraine"' />
      </div>
      <RowList
        name="actors"
        legend="Actors"
        rowLabel="Actor"
        addLabel="Add an actor"
        renderRow={(prefix, i) => (
          <div className="grid gap-2 sm:grid-cols-2">
            <ActorPicker name={`${prefix}.actorId`} label={`Actor ${i + 1}`} actors={options.actors} required />
            <SelectField name={`${prefix}.role`} label={`Actor ${i + 1} role`} options={enumOptions(EventActorRole)} placeholder="Choose a role…" required />
          </div>
        )}
      />
      <CheckboxGroup name="agreements" label="Agreements this event concerns" options={options.agreements} scroll />
      <CheckboxGroup name="pledges" label="Pledges this event concerns" options={options.pledges} scroll />
      <CitationsEditor name="citations" sources={options.sources} />
    </RecordForm>
  );
}
