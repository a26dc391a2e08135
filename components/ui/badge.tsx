import { labelOf } from "@/lib/format";

const tones = {
  neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  blue: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200",
  green: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  amber: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  red: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  violet: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
} as const;
export type Tone = keyof typeof tones;

/** Colour of each status, agreement and pledge alike; text always carries the meaning too. */
const statusTones: Record<string, Tone> = {
  RUMOURED: "violet",
  IN_TALKS: "amber",
  UNDER_DISCUSSION: "amber",
  ANNOUNCED: "blue",
  PLEDGED: "blue",
  SIGNED: "blue",
  IN_PROGRESS: "green",
  PARTIALLY_DELIVERED: "green",
  COMPLETED: "green",
  DELIVERED: "green",
  STALLED: "red",
  CANCELLED: "red",
  REFUSED: "red",
  CONFIRMED: "green",
  REPORTED: "blue",
};

export function Badge({ children, tone = "neutral" }: { children: React.ReactNode; tone?: Tone }) {
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

/** A status, type or confidence value as a labelled badge. */
export function EnumBadge({ value }: { value: string }) {
  return <Badge tone={statusTones[value] ?? "neutral"}>{labelOf(value)}</Badge>;
}
