// Which form and which server actions belong to each record type of the admin.
import { restoreActorVersion, saveActor, trashActor, untrashActor } from "@/lib/actions/actors";
import { restoreAgreementVersion, saveAgreement, trashAgreement, untrashAgreement } from "@/lib/actions/agreements";
import { restoreEventVersion, saveEvent, trashEvent, untrashEvent } from "@/lib/actions/events";
import { restorePledgeVersion, savePledge, trashPledge, untrashPledge } from "@/lib/actions/pledges";
import { restoreSourceVersion, saveSource, trashSource, untrashSource } from "@/lib/actions/sources";
import type { EntitySegment } from "@/lib/admin/entities";
import type { FormOptions } from "@/lib/admin/options";
import type { ActionResult } from "@/lib/admin/types";
import type { Values } from "@/lib/admin/values";
import type { SaveAction } from "@/components/forms/record-form";
import { ActorForm } from "./forms/actor-form";
import { AgreementForm } from "./forms/agreement-form";
import { EventForm } from "./forms/event-form";
import { PledgeForm } from "./forms/pledge-form";
import { SourceForm } from "./forms/source-form";

export type RecordAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export interface EntityUi {
  Form: (props: { action: SaveAction; id: number | null; version: number | null; initial: Values; options: FormOptions; labels?: Record<string, string> }) => React.ReactNode;
  save: SaveAction;
  trash: RecordAction;
  untrash: RecordAction;
  restore: RecordAction;
  /** What a new record's form starts with. */
  blank: Values;
  singular: string;
}

const blankCitation = { sourceId: "", quote: "" };

export const entityUi: Record<EntitySegment, EntityUi> = {
  agreements: {
    Form: AgreementForm,
    save: saveAgreement,
    trash: trashAgreement,
    untrash: untrashAgreement,
    restore: restoreAgreementVersion,
    singular: "agreement",
    blank: { published: "no", confidence: "REPORTED", value: { disclosure: "UNDISCLOSED" }, parties: [{}, {}], statusHistory: [{ dateInferred: "no" }], citations: [blankCitation] },
  },
  actors: { Form: ActorForm, save: saveActor, trash: trashActor, untrash: untrashActor, restore: restoreActorVersion, singular: "actor", blank: { published: "no", citations: [blankCitation] } },
  pledges: {
    Form: PledgeForm,
    save: savePledge,
    trash: trashPledge,
    untrash: untrashPledge,
    restore: restorePledgeVersion,
    singular: "pledge",
    blank: { published: "no", confidence: "REPORTED", value: { disclosure: "UNDISCLOSED" }, recipients: [""], citations: [blankCitation] },
  },
  events: { Form: EventForm, save: saveEvent, trash: trashEvent, untrash: untrashEvent, restore: restoreEventVersion, singular: "event", blank: { published: "no", confidence: "REPORTED", actors: [{}], citations: [blankCitation] } },
  sources: { Form: SourceForm, save: saveSource, trash: trashSource, untrash: untrashSource, restore: restoreSourceVersion, singular: "source", blank: { published: "no", language: "en" } },
};
