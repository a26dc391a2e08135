// Formatting shared by pages, CSV and feeds: dates with their true precision, money that never shows
// "undisclosed" as 0, and readable labels for enum values.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(iso: string) {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return { y: y!, m: m!, d: d! };
}

/** A count with thousands separators: 20018 → "20,018". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

/** "8 Feb 2023", "Feb 2023" or "2023"; with an end date, "27–29 Sep 2022" or "30 Sep – 2 Oct 2022". */
export function formatPartialDate(iso: string, precision: DatePrecision, endIso?: string | null): string {
  const a = parts(iso);
  if (precision === "YEAR") return String(a.y);
  if (precision === "MONTH") return `${MONTHS[a.m - 1]} ${a.y}`;
  if (!endIso || endIso.slice(0, 10) === iso.slice(0, 10)) return `${a.d} ${MONTHS[a.m - 1]} ${a.y}`;
  const b = parts(endIso);
  if (a.y !== b.y) return `${a.d} ${MONTHS[a.m - 1]} ${a.y} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  if (a.m !== b.m) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
}

export interface MoneyLike {
  disclosure: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE";
  amount: string | null;
  currency: string | null;
}

/** "$2.2 billion", "€2.29 billion", "USD 700 million"…; "undisclosed" is never shown as 0. */
export function formatMoney(value: MoneyLike): string {
  if (value.disclosure === "UNDISCLOSED") return "Undisclosed";
  if (value.disclosure === "NOT_APPLICABLE" || value.amount === null || value.currency === null) return "Not applicable";
  const amount = Number(value.amount);
  const scaled =
    amount >= 1e9 ? { n: amount / 1e9, word: " billion" } : amount >= 1e6 ? { n: amount / 1e6, word: " million" } : { n: amount, word: "" };
  const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(scaled.n);
  const symbol = { USD: "$", EUR: "€", GBP: "£" }[value.currency];
  return symbol ? `${symbol}${number}${scaled.word}` : `${value.currency} ${number}${scaled.word}`;
}

/** LICENSED_PRODUCTION → "Licensed production"; AIR_DEFENCE → "Air defence". */
export function labelOf(value: string): string {
  const words = value.toLowerCase().split("_").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** GB → "United Kingdom". */
export function countryName(code: string | null): string {
  return code ? (regionNames.of(code) ?? code) : "";
}
