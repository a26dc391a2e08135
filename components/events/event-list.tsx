import type { EventDto } from "@/lib/data/events";
import { formatPartialDate, labelOf } from "@/lib/format";

export function EventList({ events }: { events: EventDto[] }) {
  if (events.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-400">No events recorded yet.</p>;
  }
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {events.map((event) => (
        <li key={event.slug} className="grid gap-1 py-4 sm:grid-cols-[10rem_1fr] sm:gap-4">
          <p className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
            <time dateTime={event.date.date}>{formatPartialDate(event.date.date, event.date.precision, event.endDate)}</time>
            {event.date.inferred ? <span title="The year is inferred from context, not stated in the source."> (inferred)</span> : null}
          </p>
          <div>
            <p className="font-medium">
              {event.title} <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700 dark:bg-slate-800 dark:text-slate-300">{labelOf(event.kind)}</span>
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{event.description}</p>
            {event.citations[0] ? (
              <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-sm italic text-slate-600 dark:border-slate-700 dark:text-slate-400">
                “{event.citations[0].quote}” <span className="not-italic">— {event.citations[0].source.publisher ?? event.citations[0].source.title}</span>
              </blockquote>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
