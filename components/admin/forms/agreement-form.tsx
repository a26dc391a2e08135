"use client";

import { ActorPicker } from "@/components/forms/actor-picker";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { CheckboxGroup, enumOptions, PartialDateField, SelectField, TextField, YesNoField } from "@/components/forms/inputs";
import { MoneyFields } from "@/components/forms/money-fields";
import { RecordForm, type SaveAction } from "@/components/forms/record-form";
import { RowList } from "@/components/forms/row-list";
import { SlugField } from "@/components/forms/slug-field";
import type { FormOptions } from "@/lib/admin/options";
import type { Values } from "@/lib/admin/values";
import { AgreementStatus, AgreementType, Confidence, EquipmentCategory, PartyRole } from "@/lib/generated/prisma/enums";

export function AgreementForm({ action, id, version, initial, options, labels }: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) {
  return (
    <RecordForm action={action} id={id} version={version} initial={initial} labels={labels}>
      <TextField name="title" label="Title" required />
      <SlugField titleName="title" hint="Lower-case words joined by hyphens. Changing it keeps the old address redirecting here." />
      <TextField name="summary" label="Summary" multiline required hint="At least 20 characters: what was agreed, between whom." />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="type" label="Type" options={enumOptions(AgreementType)} required />
        <SelectField name="confidence" label="Confidence" options={enumOptions(Confidence)} required />
        <PartialDateField name="startDate" label="Start date (first known)" />
      </div>
      <CheckboxGroup name="categories" label="Equipment categories" options={enumOptions(EquipmentCategory)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="workLocation" label="Where the work happens (in words)" />
        <TextField name="workCountryCodes" label="Work countries" hint="ISO codes separated by commas, e.g. UA, PL" />
      </div>
      <MoneyFields name="value" />
      <RowList
        name="parties"
        legend="Parties"
        rowLabel="Party"
        addLabel="Add a party"
        min={0}
        renderRow={(prefix, i) => (
          <div className="space-y-2">
            <div className="grid gap-2 sm:grid-cols-2">
              <ActorPicker name={`${prefix}.actorId`} label={`Party ${i + 1} actor`} actors={options.actors} required />
              <SelectField name={`${prefix}.role`} label={`Party ${i + 1} role`} options={enumOptions(PartyRole)} placeholder="Choose a role…" required />
            </div>
            <TextField name={`${prefix}.note`} label={`Party ${i + 1} note (optional)`} />
            <CitationsEditor name={`${prefix}.citations`} sources={options.sources} legend={`Party ${i + 1} citations`} rowLabel={`Party ${i + 1} citation`} nested hint="Optional: quotes about this party's part." />
          </div>
        )}
      />
      <RowList
        name="statusHistory"
        legend="Status history"
        rowLabel="Status entry"
        addLabel="Add a status entry"
        hint="The agreement's current status is the latest entry's."
        renderRow={(prefix, i) => (
          <div className="space-y-2">
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField name={`${prefix}.status`} label={`Status entry ${i + 1} status`} options={enumOptions(AgreementStatus)} placeholder="Choose a status…" required />
              <PartialDateField name={`${prefix}.date`} label={`Status entry ${i + 1} date`} required />
            </div>
            <YesNoField name={`${prefix}.dateInferred`} label={`Status entry ${i + 1}: date inferred, not stated`} />
            <TextField name={`${prefix}.note`} label={`Status entry ${i + 1} note (optional)`} />
            <CitationsEditor name={`${prefix}.citations`} sources={options.sources} legend={`Status entry ${i + 1} citations`} rowLabel={`Status entry ${i + 1} citation`} nested hint="Optional: quotes dating this status." />
          </div>
        )}
      />
      <CitationsEditor name="citations" sources={options.sources} legend="Citations of the agreement" />
    </RecordForm>
  );
}
