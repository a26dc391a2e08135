// Data shaping for the overview charts and headline figures. Pure functions over the records the
// lists show, so the charts, their tables, their CSV files and the filtered lists they link to agree.
import type { AgreementDto } from "@/lib/data/agreements";
import type { EventDto } from "@/lib/data/events";
import type { PledgeDto } from "@/lib/data/pledges";
import type { DateDto } from "@/lib/data/shared";
import { countryName, labelOf } from "@/lib/format";
import { palette, statusColors, type ChartData, type ChartRow } from "./types";

export type PledgeFact = Pick<PledgeDto, "slug" | "title" | "status" | "donor" | "value" | "usd">;
export type AgreementFact = Pick<AgreementDto, "slug" | "type" | "status" | "startDate">;
export type EventFact = Pick<EventDto, "slug" | "date">;

export const PLEDGE_STATUS_ORDER = ["UNDER_DISCUSSION", "PLEDGED", "PARTIALLY_DELIVERED", "DELIVERED", "REFUSED"] as const;
export const AGREEMENT_STATUS_ORDER = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED", "STALLED", "CANCELLED"] as const;
/** Pledges that count as promised: made, and not withdrawn or refused. */
export const COMMITTED_STATUSES = ["PLEDGED", "PARTIALLY_DELIVERED", "DELIVERED"] as const;

export const SOURCE_NOTE = "Source: the tracker's records, each backed by a verbatim quote from a published article.";

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function byTotalThenLabel(a: ChartRow, b: ChartRow): number {
  const total = (r: ChartRow) => Object.values(r.values).reduce((x, y) => x + y, 0);
  return total(b) - total(a) || a.label.localeCompare(b.label, "en");
}

/** Pledges per donor country, split by status. A donor without a country (an alliance) is its own row. */
export function pledgesByDonorCountry(pledges: PledgeFact[]): ChartData {
  const present = PLEDGE_STATUS_ORDER.filter((s) => pledges.some((p) => p.status === s));
  const rows = new Map<string, ChartRow>();
  for (const p of pledges) {
    const code = p.donor.countryCode;
    const key = code ?? `actor:${p.donor.slug}`;
    const base: Record<string, string> = code ? { donor: code } : { actor: p.donor.slug };
    const row = rows.get(key) ?? {
      key,
      label: code ? countryName(code) : p.donor.name,
      href: `/pledges?${query(base)}`,
      values: Object.fromEntries(present.map((s) => [s, 0])),
      cellHrefs: Object.fromEntries(present.map((s) => [s, `/pledges?${query({ ...base, status: s })}`])),
    };
    row.values[p.status] = (row.values[p.status] ?? 0) + 1;
    rows.set(key, row);
  }
  return {
    id: "pledges-by-donor-country",
    title: "Pledges by donor country",
    unit: "Number of pledges",
    categoryLabel: "Donor country",
    kind: "stacked-bar",
    series: present.map((s) => ({ key: s, label: labelOf(s), color: statusColors[s] ?? "#64748b" })),
    rows: [...rows.values()].sort(byTotalThenLabel),
    notes: ["A company's pledge counts for its home country (DCI for France)."],
    list: { href: "/pledges", label: "All pledges" },
  };
}

/** Agreements per type, largest first. */
export function agreementsByType(agreements: AgreementFact[]): ChartData {
  const counts = new Map<string, number>();
  for (const a of agreements) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  return {
    id: "agreements-by-type",
    title: "Agreements by type",
    unit: "Number of agreements",
    categoryLabel: "Type",
    kind: "bar",
    series: [{ key: "agreements", label: "Agreements", color: palette[0]! }],
    rows: [...counts.entries()]
      .map(([type, n]) => ({ key: type, label: labelOf(type), href: `/deals?${query({ type })}`, values: { agreements: n } }))
      .sort(byTotalThenLabel),
    notes: [],
    list: { href: "/deals", label: "All deals" },
  };
}

/** Agreements per status, in lifecycle order (rumoured → cancelled); statuses with none are left out. */
export function agreementsByStatus(agreements: AgreementFact[]): ChartData {
  return {
    id: "agreements-by-status",
    title: "Agreements by status",
    unit: "Number of agreements",
    categoryLabel: "Status",
    kind: "bar",
    series: [{ key: "agreements", label: "Agreements", color: palette[0]! }],
    rows: AGREEMENT_STATUS_ORDER.map((status) => ({
      key: status,
      label: labelOf(status),
      href: `/deals?${query({ status })}`,
      values: { agreements: agreements.filter((a) => a.status === status).length },
    })).filter((r) => r.values.agreements > 0),
    notes: [],
    list: { href: "/deals", label: "All deals" },
  };
}

/** Pledged vs delivered vs refused: every pledge status, zero included, in order. */
export function pledgeOutcomes(pledges: PledgeFact[]): ChartData {
  return {
    id: "pledge-outcomes",
    title: "Pledged, delivered or refused",
    unit: "Number of pledges",
    categoryLabel: "Status",
    kind: "bar",
    series: [{ key: "pledges", label: "Pledges", color: palette[0]! }],
    rows: PLEDGE_STATUS_ORDER.map((status) => ({
      key: status,
      label: labelOf(status),
      href: `/pledges?${query({ status })}`,
      values: { pledges: pledges.filter((p) => p.status === status).length },
    })),
    notes: ["“Under discussion” covers offers and requests not yet promised."],
    list: { href: "/pledges", label: "All pledges" },
  };
}

/** "2023-Q1" for a date known at least to the month; null for a year-only date. */
export function quarterOf(date: DateDto | null): string | null {
  if (!date || date.precision === "YEAR") return null;
  const [y, m] = date.date.split("-").map(Number);
  return `${y}-Q${Math.floor((m! - 1) / 3) + 1}`;
}

function nextQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

function quarterMonths(q: string): { from: string; to: string } {
  const y = q.slice(0, 4);
  const n = Number(q.slice(6));
  const pad = (m: number) => String(m).padStart(2, "0");
  return { from: `${y}-${pad(n * 3 - 2)}`, to: `${y}-${pad(n * 3)}` };
}

/**
 * Agreements begun and events per quarter, every quarter from the first to the last (zeros included).
 * Records dated only to a year cannot be placed in a quarter; the notes say how many were left out.
 */
export function cooperationOverTime(agreements: AgreementFact[], events: EventFact[]): ChartData {
  const counts = new Map<string, { agreements: number; events: number }>();
  const bump = (q: string, key: "agreements" | "events") => {
    const c = counts.get(q) ?? { agreements: 0, events: 0 };
    c[key]++;
    counts.set(q, c);
  };
  let agreementsYearOnly = 0;
  let agreementsUndated = 0;
  let eventsYearOnly = 0;
  for (const a of agreements) {
    const q = quarterOf(a.startDate);
    if (q) bump(q, "agreements");
    else if (a.startDate) agreementsYearOnly++;
    else agreementsUndated++;
  }
  for (const e of events) {
    const q = quarterOf(e.date);
    if (q) bump(q, "events");
    else eventsYearOnly++;
  }
  const quarters = [...counts.keys()].sort();
  const rows: ChartRow[] = [];
  if (quarters.length > 0) {
    for (let q = quarters[0]!; q <= quarters.at(-1)!; q = nextQuarter(q)) {
      const c = counts.get(q) ?? { agreements: 0, events: 0 };
      const range = quarterMonths(q);
      rows.push({
        key: q,
        label: `${q.slice(0, 4)} ${q.slice(5)}`,
        values: { agreements: c.agreements, events: c.events },
        cellHrefs: { agreements: `/deals?${query(range)}`, events: `/timeline?${query(range)}` },
      });
    }
  }
  const notes: string[] = ["Agreements are counted in the quarter they were first reported, announced or begun."];
  if (agreementsYearOnly + eventsYearOnly > 0)
    notes.push(
      `Left out because they are dated only to a year: ${agreementsYearOnly} ${agreementsYearOnly === 1 ? "agreement" : "agreements"} and ${eventsYearOnly} ${eventsYearOnly === 1 ? "event" : "events"}.`,
    );
  if (agreementsUndated > 0) notes.push(`Left out because they have no date: ${agreementsUndated} ${agreementsUndated === 1 ? "agreement" : "agreements"}.`);
  return {
    id: "cooperation-over-time",
    title: "Cooperation over time",
    unit: "Agreements begun and events, per quarter",
    categoryLabel: "Quarter",
    kind: "line",
    series: [
      { key: "agreements", label: "Agreements begun", color: palette[0]! },
      { key: "events", label: "Events", color: palette[1]! },
    ],
    rows,
    notes,
    list: { href: "/timeline", label: "The timeline" },
  };
}

export interface PledgedValue {
  /** Sum of the USD normalisations of committed pledges whose value is disclosed. */
  usdTotal: number;
  /** Committed pledges counted in the total, with the conversion each one used. */
  counted: PledgeFact[];
  /** Committed pledges whose value is not public: shown as a count, never as 0. */
  undisclosed: PledgeFact[];
  /** Committed pledges of things that have no money value (e.g. permission to use weapons). */
  notApplicable: PledgeFact[];
}

/** The known value of what was promised (pledged, partially delivered or delivered), in USD. */
export function pledgedValue(pledges: PledgeFact[]): PledgedValue {
  const committed = pledges.filter((p) => (COMMITTED_STATUSES as readonly string[]).includes(p.status));
  const counted = committed.filter((p) => p.value.disclosure === "DISCLOSED" && p.usd !== null);
  return {
    usdTotal: counted.reduce((sum, p) => sum + Number(p.usd!.amount), 0),
    counted,
    undisclosed: committed.filter((p) => p.value.disclosure === "UNDISCLOSED" || (p.value.disclosure === "DISCLOSED" && p.usd === null)),
    notApplicable: committed.filter((p) => p.value.disclosure === "NOT_APPLICABLE"),
  };
}

/** Count per value of a field, in a given order, keeping zeros (for headline status breakdowns). */
export function countBy<T, K extends string>(items: T[], order: readonly K[], keyOf: (item: T) => string): { key: K; count: number }[] {
  return order.map((key) => ({ key, count: items.filter((i) => keyOf(i) === key).length }));
}
