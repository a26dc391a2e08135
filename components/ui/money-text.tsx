import type { MoneyDto } from "@/lib/data/shared";
import { formatMoney } from "@/lib/format";

/** The original amount and currency; "Undisclosed" in its own style, never 0 or blank. */
export function MoneyText({ value }: { value: MoneyDto }) {
  if (value.disclosure !== "DISCLOSED") {
    return <span className="italic text-slate-600 dark:text-slate-400">{formatMoney(value)}</span>;
  }
  return (
    <data value={`${value.amount} ${value.currency}`} className="tabular-nums">
      {formatMoney(value)}
    </data>
  );
}
