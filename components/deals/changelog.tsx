import { DateText } from "@/components/ui/date-text";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { labelOf } from "@/lib/format";

/**
 * The public history of the record. Until editing (and its audit log) exists, records come from the
 * seed dataset, so the log shows when the record was loaded and last changed, and the dated status
 * changes its sources report.
 */
export function Changelog({ deal }: { deal: AgreementPageDto }) {
  const changed = deal.updatedAt.slice(0, 19) !== deal.createdAt.slice(0, 19);
  return (
    <div className="space-y-3 text-sm">
      <ul className="space-y-1">
        {changed ? (
          <li>
            <time dateTime={deal.updatedAt}>{stamp(deal.updatedAt)}</time> — record updated (version {deal.version}).
          </li>
        ) : null}
        <li>
          <time dateTime={deal.createdAt}>{stamp(deal.createdAt)}</time> — record added to the tracker from the seed dataset, drawn from{" "}
          {deal.sources.length} {deal.sources.length === 1 ? "source" : "sources"}.
        </li>
      </ul>
      <p className="text-slate-600 dark:text-slate-400">Status changes reported by the sources:</p>
      <ul className="space-y-1">
        {[...deal.statusHistory].reverse().map((s, i) => (
          <li key={i}>
            <DateText value={s.date} /> — status {i === deal.statusHistory.length - 1 ? "first recorded as" : "changed to"} “{labelOf(s.status)}”.
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "5 Mar 2026, 14:02 UTC" — the same for every reader, whatever their time zone. */
export function stamp(iso: string): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }).format(d);
  return `${date}, ${time} UTC`;
}
