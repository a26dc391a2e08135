"use server";

// Writes to events. Each action checks the session and role itself (in lib/admin/action.ts) before
// anything else; see lib/admin/records.ts for the transaction, version check and audit entry.
import { restoreVersionAction, saveAction, trashAction, untrashAction } from "@/lib/admin/action";
import { eventDef } from "@/lib/admin/entities/event";
import type { ActionResult, FormState } from "@/lib/admin/types";

type Def = Parameters<typeof saveAction>[0];
const def = eventDef as unknown as Def;

/** Creates or updates (with the version the form was opened on). Editors and admins. */
export async function saveEvent(previous: FormState, formData: FormData): Promise<FormState> {
  return saveAction(def, previous, formData);
}

/** Moves to the trash. Editors and admins. */
export async function trashEvent(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return trashAction(def, formData);
}

/** Takes out of the trash. Admins only. */
export async function untrashEvent(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return untrashAction(def, formData);
}

/** Writes an earlier version back as a new version. Editors and admins. */
export async function restoreEventVersion(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return restoreVersionAction(def, formData);
}
