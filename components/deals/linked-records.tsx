import { Evidence } from "@/components/citations/citation-quote";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { EmptyState } from "@/components/ui/empty-state";
import { MoneyText } from "@/components/ui/money-text";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { labelOf } from "@/lib/format";

/** Pledges made under or towards this deal, each with its evidence. */
export function LinkedPledges({ pledges }: { pledges: AgreementPageDto["pledges"] }) {
  if (pledges.length === 0) return <EmptyState title="No pledge is linked to this deal." />;
  return (
    <ul className="space-y-4">
      {pledges.map((p) => (
        <li key={p.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {p.title} <EnumBadge value={p.status} />
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">By</dt>
            <dd>{p.donor.name}</dd>
            <dt className="text-slate-600 dark:text-slate-400">What</dt>
            <dd>
              {p.item} <span className="text-slate-600 dark:text-slate-400">({labelOf(p.kind).toLowerCase()})</span>
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Value</dt>
            <dd>
              <MoneyText value={p.value} />
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Date</dt>
            <dd>{p.date ? <DateText value={p.date} /> : "Unknown"}</dd>
          </dl>
          <Evidence citations={p.citations} />
        </li>
      ))}
    </ul>
  );
}

/** Dated events about this deal: visits, announcements, statements — each with its evidence. */
export function LinkedEvents({ events }: { events: AgreementPageDto["events"] }) {
  if (events.length === 0) return <EmptyState title="No event is linked to this deal." />;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {events.map((e) => (
        <li key={e.slug} className="grid gap-1 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
          <p className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
            <DateText value={e.date} end={e.endDate} />
          </p>
          <div>
            <p className="font-medium">
              {e.title} <Badge>{labelOf(e.kind)}</Badge>
              {e.stance ? (
                <>
                  {" "}
                  <Badge tone="violet">{labelOf(e.stance)}</Badge>
                </>
              ) : null}
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{e.description}</p>
            <Evidence citations={e.citations} />
          </div>
        </li>
      ))}
    </ol>
  );
}
