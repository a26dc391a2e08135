import { CitationQuote } from "@/components/citations/citation-quote";
import { Badge, type Tone } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { PositionGroup } from "@/lib/actors/describe";
import { labelOf } from "@/lib/format";

const stanceTone: Record<string, Tone> = { SUPPORTS: "green", OPEN: "blue", CAUTIOUS: "amber", OPPOSES: "red", REFUSES: "red" };

/**
 * Stated positions by topic. Where the actor's statements on one topic differ, they stand side by
 * side with their sources; nothing is merged into one "position".
 */
export function Positions({ groups }: { groups: PositionGroup[] }) {
  return (
    <ul className="space-y-4">
      {groups.map((g) => (
        <li key={g.topic} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <h3 className="text-sm font-semibold">
            {g.topic}
            {g.differ ? (
              <span className="ml-2">
                <Badge tone="amber">Differing positions</Badge>
              </span>
            ) : null}
          </h3>
          {g.differ ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">The statements disagree; both are kept, each with its source.</p> : null}
          <div className={`mt-2 grid gap-3 ${g.statements.length > 1 ? "md:grid-cols-2" : ""}`}>
            {g.statements.map((s) => (
              <div key={s.slug} className="space-y-1">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={stanceTone[s.stance ?? ""] ?? "neutral"}>{labelOf(s.stance ?? "")}</Badge>
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">
                    <DateText value={s.date} end={s.endDate} />
                  </span>
                </p>
                <p className="text-sm">{s.title}</p>
                {s.citations[0] ? <CitationQuote citation={s.citations[0]} /> : null}
              </div>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
