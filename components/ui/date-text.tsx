import type { DateDto } from "@/lib/data/shared";
import { formatPartialDate } from "@/lib/format";

/** A date shown with its true precision; an inferred year is marked, with the reason on hover/focus. */
export function DateText({ value, end }: { value: DateDto; end?: string | null }) {
  return (
    <>
      <time dateTime={value.precision === "DAY" ? value.date : value.date.slice(0, value.precision === "MONTH" ? 7 : 4)}>
        {formatPartialDate(value.date, value.precision, end)}
      </time>
      {value.inferred ? (
        <abbr title="Inferred from context: the source does not state it outright." className="ml-1 cursor-help text-slate-500 no-underline dark:text-slate-400">
          (inferred)
        </abbr>
      ) : null}
    </>
  );
}
