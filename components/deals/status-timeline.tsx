import { CitationQuote, Evidence } from "@/components/citations/citation-quote";
import { EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { dateConflicts, lifecycleSteps, type StepState } from "@/lib/deals/lifecycle";
import { labelOf } from "@/lib/format";

const stepStyle: Record<StepState, string> = {
  current: "border-accent-600 bg-accent-600 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950",
  reached: "border-accent-600 text-accent-700 dark:border-sky-400 dark:text-sky-300",
  skipped: "border-dashed border-slate-400 text-slate-600 dark:border-slate-600 dark:text-slate-400",
  ahead: "border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400",
};
const stepWord: Record<StepState, string> = { current: "current", reached: "reached", skipped: "not reported", ahead: "not yet" };

type Entry = AgreementPageDto["statusHistory"][number];

/** The usual path of a deal with the steps this one has reached, then its dated history with evidence. */
export function StatusTimeline({ deal }: { deal: AgreementPageDto }) {
  const steps = lifecycleSteps(deal.statusHistory, deal.status);
  const conflicts = dateConflicts(deal.statusHistory);
  return (
    <div className="space-y-5">
      <ol aria-label="Lifecycle of the deal" className="flex flex-wrap gap-1.5 text-xs">
        {steps.map((step) => (
          <li key={step.status} className={`rounded-full border px-2.5 py-1 ${stepStyle[step.state]}`}>
            {labelOf(step.status)}
            <span className="sr-only"> ({stepWord[step.state]})</span>
          </li>
        ))}
      </ol>
      <ol aria-label="Dated status history" className="relative space-y-5 border-l-2 border-slate-200 pl-5 dark:border-slate-800">
        {deal.statusHistory.map((entry, i) => (
          <li key={`${entry.status}-${entry.date.date}-${i}`} className="relative">
            <span aria-hidden="true" className="absolute -left-[1.65rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent-600 dark:border-slate-950 dark:bg-sky-400" />
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium tabular-nums">
                <DateText value={entry.date} />
              </span>
              <EnumBadge value={entry.status} />
            </p>
            {entry.note ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{entry.note}</p> : null}
            <Evidence citations={entry.citations} />
          </li>
        ))}
      </ol>
      {conflicts.map((group) => (
        <Conflict key={group[0]!.status} entries={group} />
      ))}
    </div>
  );
}

/** Sources that date the same step differently, side by side. */
function Conflict({ entries }: { entries: Entry[] }) {
  return (
    <div role="group" aria-label={`Sources disagree on when the deal was ${labelOf(entries[0]!.status).toLowerCase()}`} className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40">
      <p className="text-sm font-semibold">Sources disagree on the date of “{labelOf(entries[0]!.status)}”</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {entries.map((entry, i) => (
          <div key={i} className="space-y-2">
            <p className="font-medium">
              <DateText value={entry.date} />
            </p>
            {entry.citations.map((c, j) => (
              <CitationQuote key={j} citation={c} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
