"use server";

// Citations are edited through the record they belong to (its version, its history): adding, changing
// or removing one is a change of that record. Each action checks the session and role itself first.
import { redirect } from "next/navigation";
import { intOf, revalidatePublic } from "@/lib/admin/action";
import { citationPath, citationWithOwner, ownerSegments, replaceAt } from "@/lib/admin/citations";
import { entityBySegment, isEntitySegment } from "@/lib/admin/entities";
import { recordMeta, saveRecord } from "@/lib/admin/records";
import type { ActionResult, FormState } from "@/lib/admin/types";
import { parseFormData, type Values } from "@/lib/admin/values";
import { authorize } from "@/lib/auth";
import { prisma } from "@/lib/db";

function refused(values: Values, version: number | null, message: string, submission: number): FormState {
  return { status: "refused", values, version, message, submission };
}

function failure(values: Values, version: number | null, message: string, fieldErrors: Record<string, string>, submission: number): FormState {
  return { status: "error", values, version, message, fieldErrors, submission };
}

/** Errors reported at "parties.0.citations.2.quote" → "quote" for the one-citation form. */
function localErrors(errors: Record<string, string>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(`${path}.`)) out[key.slice(path.length + 1)] = message;
    else out._form = out._form ? `${out._form} ${message}` : `The record this citation belongs to has a problem (${key}): ${message}`;
  }
  return out;
}

/** Adds a citation to a record (owner "agreements:12"), or changes one (_citation id, _version of its record). */
export async function saveCitation(previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("editor");
  const values = parseFormData(formData);
  const submission = ("submission" in previous ? previous.submission : 0) + 1;
  const version = intOf(formData, "_version");
  if (!auth.ok) return refused(values, version, auth.message, submission);
  const row: Values = { sourceId: String(values.sourceId ?? ""), quote: String(values.quote ?? ""), field: String(values.field ?? ""), note: String(values.note ?? "") };

  const citationId = intOf(formData, "_citation");
  let segment: string;
  let ownerId: number;
  let ownerValues: Values | null;
  let path: string;
  let ownerVersion: number | null = version;
  if (citationId !== null) {
    const found = await citationWithOwner(prisma, citationId);
    if (!found) return failure(values, version, "This citation no longer exists.", {}, submission);
    segment = found.owner.segment;
    ownerId = found.owner.id;
    ownerValues = await entityBySegment[found.owner.segment].load(prisma, ownerId);
    const at = ownerValues ? citationPath(ownerValues, citationId) : null;
    if (!ownerValues || !at) return failure(values, version, "This citation no longer exists.", {}, submission);
    path = at;
    if (segment !== "sources") row.id = String(citationId);
    else {
      delete row.sourceId;
      row.id = String(citationId);
    }
  } else {
    const owner = typeof values.owner === "string" ? values.owner : "";
    const [seg, rawId] = owner.split(":");
    if (!seg || !isEntitySegment(seg) || !(ownerSegments as readonly string[]).includes(seg) || !/^\d+$/.test(rawId ?? ""))
      return failure(values, version, "Nothing was saved: choose the record the quote supports.", { owner: "Choose the record this quote supports." }, submission);
    segment = seg;
    ownerId = Number(rawId);
    ownerValues = await entityBySegment[seg].load(prisma, ownerId);
    const meta = await recordMeta(prisma, entityBySegment[seg].model, ownerId);
    if (!ownerValues || !meta || meta.deletedAt) return failure(values, version, "That record no longer exists or is in the trash.", { owner: "Choose another record." }, submission);
    ownerVersion = meta.version;
    const list = Array.isArray(ownerValues.citations) ? (ownerValues.citations as Values[]) : [];
    path = `citations.${list.length}`;
    ownerValues = { ...ownerValues, citations: [...list, row] };
  }
  if (!isEntitySegment(segment)) return failure(values, version, "Unknown record type.", {}, submission);
  const def = entityBySegment[segment];
  const next = citationId !== null ? replaceAt(ownerValues, path, row) : ownerValues;
  const result = await saveRecord(prisma, def, auth.user, { id: ownerId, version: ownerVersion, values: next });
  if (!result.ok) {
    if (result.kind === "invalid") return failure(values, version, result.message, localErrors(result.fieldErrors, path), submission);
    if (result.kind === "conflict")
      return failure(values, result.conflict.currentVersion, `Not saved: the record this citation belongs to was changed by someone else after you opened this form (now version ${result.conflict.currentVersion}). Check it, then save again.`, {}, submission);
    return failure(values, version, result.message, {}, submission);
  }
  revalidatePublic();
  let savedId = citationId;
  if (savedId === null) {
    const after = await def.load(prisma, ownerId);
    const list = after && Array.isArray(after.citations) ? (after.citations as Values[]) : [];
    savedId = Number(list.at(-1)?.id ?? 0);
  }
  redirect(`/admin/citations/${savedId}?saved=${result.changed ? "1" : "0"}`);
}

/** Removes a citation from its record (a change of that record, so its history can bring it back). */
export async function removeCitation(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorize("editor");
  if (!auth.ok) return { ok: false, message: auth.message };
  const citationId = intOf(formData, "_citation");
  const version = intOf(formData, "_version");
  if (citationId === null || version === null) return { ok: false, message: "The form did not say which citation to remove. Reload and try again." };
  const found = await citationWithOwner(prisma, citationId);
  if (!found) return { ok: false, message: "This citation no longer exists." };
  const def = entityBySegment[found.owner.segment];
  const values = await def.load(prisma, found.owner.id);
  const path = values ? citationPath(values, citationId) : null;
  if (!values || !path) return { ok: false, message: "This citation no longer exists." };
  const result = await saveRecord(prisma, def, auth.user, { id: found.owner.id, version, values: replaceAt(values, path, null) });
  if (!result.ok) {
    if (result.kind === "invalid") return { ok: false, message: `Not removed: ${Object.values(result.fieldErrors).join(" ")}` };
    return { ok: false, message: result.message };
  }
  revalidatePublic();
  redirect(`/admin/${found.owner.segment}/${found.owner.id}/history`);
}
