// The publication date an editor gives ("2024-02-17", "2024-02", "2024"): the anchor of relative dates.
// Kept free of the language libraries so that the command line can check its input before loading them.
import type { DatePrecision } from "./types";

export interface Published {
  date: Date;
  precision: DatePrecision;
}

export function parsePublished(value: string | undefined): Published | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) throw new Error(`The publication date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD.`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  // A month-precise date is anchored mid-month, a year-precise one mid-year.
  const date = new Date(Date.UTC(y, (mo ?? 7) - 1, d ?? (mo ? 15 : 1), 12));
  if (date.getUTCMonth() !== (mo ?? 7) - 1 || (d !== undefined && date.getUTCDate() !== d)) throw new Error(`The publication date "${value}" is not a real calendar date.`);
  const precision: DatePrecision = d !== undefined ? "DAY" : mo !== undefined ? "MONTH" : "YEAR";
  return { date, precision };
}

