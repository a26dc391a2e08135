// The lifecycle of a deal for the status timeline: the usual path from first rumour to completion,
// which steps the record has reached, and where its sources disagree about dates.
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

/** The usual path of a deal; STALLED and CANCELLED are exits from it, shown where they happen. */
export const LIFECYCLE: AgreementStatus[] = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED"];

export type StepState = "reached" | "current" | "skipped" | "ahead";

export interface LifecycleStep {
  status: AgreementStatus;
  state: StepState;
}

/**
 * The usual path with each step marked: "reached" (in the history), "current", "skipped" (a later
 * step was reached without this one being reported) or "ahead". An exit status (stalled, cancelled)
 * is appended as the current step.
 */
export function lifecycleSteps(history: { status: AgreementStatus }[], current: AgreementStatus): LifecycleStep[] {
  const seen = new Set(history.map((h) => h.status));
  seen.add(current);
  const furthest = Math.max(-1, ...[...seen].map((s) => LIFECYCLE.indexOf(s)));
  const steps: LifecycleStep[] = LIFECYCLE.map((status, i) => ({
    status,
    state: status === current ? "current" : seen.has(status) ? "reached" : i < furthest ? "skipped" : "ahead",
  }));
  if (!LIFECYCLE.includes(current)) steps.push({ status: current, state: "current" });
  return steps;
}

export interface DatedClaim<E> {
  status: AgreementStatus;
  date: { date: string; precision: string };
  entry: E;
}

/**
 * Statuses that the record's history gives more than one date for (e.g. two sources dating the
 * signing differently): each group is a conflict to show side by side.
 */
export function dateConflicts<E extends { status: AgreementStatus; date: { date: string; precision: string } }>(history: E[]): E[][] {
  const byStatus = new Map<AgreementStatus, E[]>();
  for (const entry of history) byStatus.set(entry.status, [...(byStatus.get(entry.status) ?? []), entry]);
  return [...byStatus.values()].filter((entries) => new Set(entries.map((e) => `${e.date.date}/${e.date.precision}`)).size > 1);
}
