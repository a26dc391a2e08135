// Shapes shared by the admin's server actions and its client forms.
import type { Change, Values } from "./values";

export interface ChangeSummary {
  version: number;
  action: string;
  userEmail: string;
  at: string;
  diff: Change[];
}

export interface ConflictInfo {
  /** The version now in the database; saving again with it overwrites (after merging). */
  currentVersion: number;
  /** The record as it is now. */
  current: Values;
  /** What others changed since the version the form was opened on. */
  changes: ChangeSummary[];
  /** Fields where the submitted form and the current record differ. */
  differences: { path: string; label: string; mine: string; theirs: string }[];
}

export type FormState =
  | { status: "idle"; values: Values; version: number | null }
  | { status: "error"; values: Values; version: number | null; message: string; fieldErrors: Record<string, string>; submission: number }
  | { status: "conflict"; values: Values; version: number | null; message: string; conflict: ConflictInfo; submission: number }
  | { status: "refused"; values: Values; version: number | null; message: string; submission: number }
  | { status: "saved"; values: Values; version: number | null; message: string; submission: number };

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };
