// What a country's shade means: classes of the number of records with Ukraine, or of the known value
// pledged. Class bounds are round numbers near the quintiles of the countries shown, so the legend
// reads "5–9" rather than "4.6–9.2", and the darkest class always holds the most active countries.
import { formatMoney } from "@/lib/format";
import { recordsOf, type CountryCooperation } from "./cooperation";

export const SHADE_MEASURES = ["records", "usd"] as const;
export type ShadeMeasure = (typeof SHADE_MEASURES)[number];

export interface ShadeClass {
  /** 1 (lightest) to 5. */
  index: number;
  /** Inclusive lower bound. */
  min: number;
  /** Exclusive upper bound; null for the last class. */
  max: number | null;
  label: string;
}

export interface ShadeScale {
  measure: ShadeMeasure;
  classes: ShadeClass[];
}

const ROUND_STEPS = [1, 2, 3, 5];
/** Which of the five shades n classes use: spread from light to dark. */
const SHADES_FOR: Record<number, number[]> = {
  1: [4],
  2: [2, 5],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
};

/** The largest round number (1, 2, 3, 5 × 10^k) not above n. */
function roundDown(n: number): number {
  if (n < 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [...ROUND_STEPS].reverse().find((s) => s * power <= n + 1e-9)!;
  return step * power;
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const base = Math.floor(position);
  const next = sorted[base + 1];
  return next === undefined ? sorted[base]! : sorted[base]! + (position - base) * (next - sorted[base]!);
}

export function measureOf(country: CountryCooperation, measure: ShadeMeasure): number {
  return measure === "records" ? recordsOf(country) : country.usd;
}

const count = (n: number) => n.toLocaleString("en-GB");
const money = (n: number) => formatMoney({ disclosure: "DISCLOSED", amount: String(n), currency: "USD" });

function rangeLabel(min: number, max: number | null, measure: ShadeMeasure): string {
  if (measure === "usd") return max === null ? `${money(min)} or more` : `${money(min)} to under ${money(max)}`;
  if (max === null) return `${count(min)} or more`;
  return max - 1 === min ? count(min) : `${count(min)}–${count(max - 1)}`;
}

/** Up to five classes for the positive values of `measure` among `countries`. */
export function shadeScale(countries: CountryCooperation[], measure: ShadeMeasure): ShadeScale {
  const values = countries
    .map((c) => measureOf(c, measure))
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  if (values.length === 0) return { measure, classes: [] };
  const unit = measure === "usd" ? 1e6 : 1;
  const bounds = new Set<number>([roundDown(values[0]! / unit) * unit]);
  for (const q of [0.2, 0.4, 0.6, 0.8]) bounds.add(roundDown(quantile(values, q) / unit) * unit);
  const sorted = [...bounds].sort((a, b) => a - b);
  // Counts: the lowest class starts at 1 so every country with a record has a shade.
  if (measure === "records") sorted[0] = 1;
  const unique = [...new Set(sorted)];
  const shades = SHADES_FOR[unique.length]!;
  return {
    measure,
    classes: unique.map((min, i) => {
      const max = unique[i + 1] ?? null;
      return {
        index: shades[i]!,
        min,
        max,
        label: rangeLabel(min, max, measure),
      };
    }),
  };
}

/** The class a value falls in (null: no shade — no records, or no known value). */
export function classOf(scale: ShadeScale, value: number): ShadeClass | null {
  if (value <= 0) return null;
  return [...scale.classes].reverse().find((c) => value >= c.min) ?? scale.classes[0] ?? null;
}
