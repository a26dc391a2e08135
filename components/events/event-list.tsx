import { CitationQuote } from "@/components/citations/citation-quote";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { EmptyState } from "@/components/ui/empty-state";
import type { EventDto } from "@/lib/data/events";
import { labelOf } from "@/lib/format";

export function EventList({ events }: { events: EventDto[] }) {
  if (events.length === 0) return <EmptyState title="No events recorded yet." />;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {events.map((event) => (
        <li key={event.slug} className="grid gap-1 py-4 sm:grid-cols-[10rem_1fr] sm:gap-4">
          <p className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
            <DateText value={event.date} end={event.endDate} />
          </p>
          <div>
            <p className="font-medium">
              {event.title} <Badge>{labelOf(event.kind)}</Badge>
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{event.description}</p>
            {event.citations[0] ? (
              <div className="mt-2">
                <CitationQuote citation={event.citations[0]} />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
