"use client";

import { ActorPicker } from "@/components/forms/actor-picker";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { enumOptions, PartialDateField, SelectField, TextField, YesNoField } from "@/components/forms/inputs";
import { MoneyFields } from "@/components/forms/money-fields";
import { RecordForm, type SaveAction } from "@/components/forms/record-form";
import { RowList } from "@/components/forms/row-list";
import { SlugField } from "@/components/forms/slug-field";
import type { FormOptions } from "@/lib/admin/options";
import type { Values } from "@/lib/admin/values";
import { Confidence, EquipmentCategory, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";

export function PledgeForm({ action, id, version, initial, options, labels }: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) {
  return (
    <RecordForm action={action} id={id} version={version} initial={initial} labels={labels}>
      <TextField name="title" label="Title" required />
      <SlugField titleName="title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <ActorPicker name="donorId" label="Donor" actors={options.actors} required />
        <SelectField name="agreementId" label="Part of agreement (optional)" options={options.agreements} />
      </div>
      <RowList
        name="recipients"
        legend="Recipients"
        rowLabel="Recipient"
        addLabel="Add a recipient"
        scalar
        renderRow={(_prefix, i, row) => <ActorPicker name="recipients" defaultId={typeof row.value === "string" ? row.value : ""} label={`Recipient ${i + 1}`} actors={options.actors} required />}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="kind" label="Kind" options={enumOptions(PledgeKind)} required placeholder="Choose a kind…" />
        <SelectField name="status" label="Status" options={enumOptions(PledgeStatus)} required placeholder="Choose a status…" />
        <SelectField name="confidence" label="Confidence" options={enumOptions(Confidence)} required placeholder="Choose…" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="item" label="What is pledged" required />
        <SelectField name="category" label="Equipment category" options={enumOptions(EquipmentCategory)} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="quantity" label="Quantity" hint="A number, e.g. 40" />
        <TextField name="unit" label="Unit" hint="e.g. howitzers, rounds" />
      </div>
      <MoneyFields name="value" />
      <fieldset className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-700">
        <legend className="px-1 text-sm font-semibold">USD normalisation (optional; disclosed values only)</legend>
        <TextField name="usd.amount" label="Amount in USD" />
        <TextField name="usd.rate" label="Rate (USD per unit of the currency)" />
        <PartialDateField name="usd.rateDate" label="Rate date" />
        <TextField name="usd.rateSource" label="Rate source" hint="e.g. ECB reference rate" />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <PartialDateField name="date" label="Date" />
        <YesNoField name="dateInferred" label="Date inferred, not stated" />
      </div>
      <TextField name="note" label="Note" multiline rows={2} />
      <CitationsEditor name="citations" sources={options.sources} />
    </RecordForm>
  );
}
