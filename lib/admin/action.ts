// The shape every admin server action follows: check the session and role first, parse the form,
// write through lib/admin/records.ts, revalidate the public pages, redirect after success.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { restoreVersion, saveRecord, trashRecord, untrashRecord, type EntityDef, type SaveResult } from "./records";
import type { ActionResult, FormState } from "./types";
import { parseFormData, withSuggestedSlug, type Values } from "./values";

type Def = EntityDef<{ slug: string; published: boolean }>;

export function intOf(formData: FormData, name: string): number | null {
  const raw = formData.get(name);
  return typeof raw === "string" && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/** After any write every page may show different data: public pages are dynamic, and this drops any cached render. */
export function revalidatePublic() {
  revalidatePath("/", "layout");
}

export function stateOf(result: Exclude<SaveResult, { ok: true }>, values: Values, version: number | null, submission: number): FormState {
  switch (result.kind) {
    case "invalid":
      return { status: "error", values, version, message: result.message, fieldErrors: result.fieldErrors, submission };
    case "conflict":
      return { status: "conflict", values, version: result.conflict.currentVersion, message: result.message, conflict: result.conflict, submission };
    case "missing":
      return { status: "error", values, version, message: result.message, fieldErrors: {}, submission };
  }
}

export async function saveAction(def: Def, previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("editor");
  const values = withSuggestedSlug(parseFormData(formData, new Set(def.lists ?? [])));
  const id = intOf(formData, "_id");
  const version = intOf(formData, "_version");
  const submission = ("submission" in previous ? previous.submission : 0) + 1;
  if (!auth.ok) return { status: "refused", values, version, message: auth.message, submission };
  const result = await saveRecord(prisma, def, auth.user, { id, version, values });
  if (!result.ok) return stateOf(result, values, version, submission);
  revalidatePublic();
  redirect(`/admin/${def.segment}/${result.id}?saved=${result.changed ? (id === null ? "created" : "updated") : "unchanged"}`);
}

export async function trashAction(def: Def, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("editor");
  if (!auth.ok) return { ok: false, message: auth.message };
  const id = intOf(formData, "_id");
  const version = intOf(formData, "_version");
  if (id === null || version === null) return { ok: false, message: "The form did not say which record and version to delete. Reload and try again." };
  const result = await trashRecord(prisma, def, auth.user, id, version);
  if (!result.ok) return result;
  revalidatePublic();
  redirect(`/admin/${def.segment}?trashed=${id}`);
}

export async function untrashAction(def: Def, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const id = intOf(formData, "_id");
  if (id === null) return { ok: false, message: "The form did not say which record to restore." };
  const result = await untrashRecord(prisma, def, auth.user, id);
  if (!result.ok) return result;
  revalidatePublic();
  redirect(`/admin/${def.segment}/${id}?saved=restored`);
}

export async function restoreVersionAction(def: Def, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("editor");
  if (!auth.ok) return { ok: false, message: auth.message };
  const id = intOf(formData, "_id");
  const currentVersion = intOf(formData, "_version");
  const target = intOf(formData, "_restore");
  if (id === null || currentVersion === null || target === null) return { ok: false, message: "The form did not say which version to restore. Reload and try again." };
  const result = await restoreVersion(prisma, def, auth.user, { id, currentVersion, restoreVersion: target });
  if (!result.ok) {
    if (result.kind === "invalid")
      return { ok: false, message: `Version ${target} cannot be restored as it is: ${Object.entries(result.fieldErrors).map(([k, v]) => `${k}: ${v}`).join(" ")}` };
    return { ok: false, message: result.message };
  }
  revalidatePublic();
  return { ok: true, message: result.changed ? `Version ${target} restored as version ${result.version}.` : `The record already has the content of version ${target}.` };
}
