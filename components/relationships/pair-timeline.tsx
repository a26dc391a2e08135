import { DateText } from "@/components/ui/date-text";
import { edgeKindInfo, edgeKindSwatch } from "@/lib/relationships/kinds";
import type { TimelineItem } from "@/lib/relationships/timeline";

const eventDot = "bg-slate-400 dark:bg-slate-500";

/** A compact vertical timeline; the dot's colour repeats the kind, which is also written out. */
export function PairTimeline({ items }: { items: TimelineItem[] }) {
  const yearOf = (item: TimelineItem) => (item.date ? item.date.date.slice(0, 4) : "Date not known");
  return (
    <ol className="relative space-y-1 border-l-2 border-slate-200 pl-5 dark:border-slate-800">
      {items.map((item, i) => {
        const year = yearOf(item);
        const showYear = i === 0 || year !== yearOf(items[i - 1]!);
        const kindLabel = item.kind === "event" ? "Event" : edgeKindInfo[item.kind].label;
        return (
          <li key={item.key}>
            {showYear ? <p className="pb-1 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{year}</p> : null}
            <div className="relative grid gap-x-3 text-sm sm:grid-cols-[10.5rem_1fr]">
              <span
                aria-hidden="true"
                className={`absolute -left-[1.72rem] top-1 h-3 w-3 rounded-full ring-2 ring-white dark:ring-slate-950 ${item.kind === "event" ? eventDot : edgeKindSwatch[item.kind]}`}
              />
              <span className="tabular-nums text-slate-600 dark:text-slate-400">
                {item.date ? <DateText value={item.date} end={item.end} /> : "—"}
              </span>
              <span>
                <a
                  href={item.href}
                  className="text-slate-900 underline decoration-slate-300 hover:decoration-current dark:text-slate-100 dark:decoration-slate-600"
                >
                  {item.title}
                </a>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  · {item.what} · {kindLabel}
                </span>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
