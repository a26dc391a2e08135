"use client";

import { ActorPicker } from "@/components/forms/actor-picker";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { enumOptions, SelectField, TextField } from "@/components/forms/inputs";
import { RecordForm, type SaveAction } from "@/components/forms/record-form";
import { RowList } from "@/components/forms/row-list";
import { SlugField } from "@/components/forms/slug-field";
import type { FormOptions } from "@/lib/admin/options";
import type { Values } from "@/lib/admin/values";
import { ActorKind, ActorLinkType } from "@/lib/generated/prisma/enums";

export function ActorForm({ action, id, version, initial, options, labels }: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) {
  const others = options.actors.filter((a) => a.id !== id);
  return (
    <RecordForm action={action} id={id} version={version} initial={initial} labels={labels}>
      <TextField name="name" label="Name" required />
      <SlugField titleName="name" />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="kind" label="Kind" options={enumOptions(ActorKind)} required placeholder="Choose a kind…" />
        <TextField name="countryCode" label="Country" hint="ISO code, e.g. GB (empty for alliances)" />
        <TextField name="title" label="Title (people)" hint='e.g. "President of Ukraine"' />
      </div>
      <TextField name="aliases" label="Other names" multiline rows={3} hint="One per line: the names the sources and searches use (UK, Britain, London)." />
      <TextField name="description" label="Description" multiline hint="At least 10 characters." />
      <RowList
        name="links"
        legend="Links to other actors"
        rowLabel="Link"
        addLabel="Add a link"
        hint="From this actor to another: owns (with a share), member of, holds office in…"
        renderRow={(prefix, i) => (
          <div className="space-y-2">
            <div className="grid gap-2 sm:grid-cols-3">
              <SelectField name={`${prefix}.type`} label={`Link ${i + 1} type`} options={enumOptions(ActorLinkType)} placeholder="Choose a type…" required />
              <ActorPicker name={`${prefix}.toId`} label={`Link ${i + 1} to actor`} actors={others} required />
              <TextField name={`${prefix}.sharePercent`} label={`Link ${i + 1} ownership share (%)`} hint="Owns links only, 0–100" />
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField name={`${prefix}.role`} label={`Link ${i + 1} office or role`} />
              <TextField name={`${prefix}.note`} label={`Link ${i + 1} note`} />
            </div>
            <CitationsEditor name={`${prefix}.citations`} sources={options.sources} legend={`Link ${i + 1} citations`} rowLabel={`Link ${i + 1} citation`} nested />
          </div>
        )}
      />
      <CitationsEditor name="citations" sources={options.sources} legend="Citations of the actor" />
    </RecordForm>
  );
}
