import Link from "next/link";
import { ActorLink } from "@/components/actors/actor-link";
import { Evidence } from "@/components/citations/citation-quote";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { PledgeDto } from "@/lib/data/pledges";
import { labelOf } from "@/lib/format";
import { dealHref } from "@/lib/links";
import { PledgeValue } from "./pledge-value";

function quantityText(q: PledgeDto["quantity"]) {
  if (!q) return null;
  return `${new Intl.NumberFormat("en-GB").format(Number(q.amount))}${q.unit ? ` ${q.unit}` : ""}`;
}

/** Pledges with donor, recipients, item, quantity, value, status and date, each with its evidence. */
export function PledgeList({ pledges, headingLevel = 3 }: { pledges: PledgeDto[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {pledges.map((p) => (
        <li key={p.slug} id={`pledge-${p.slug}`} className="scroll-mt-4 py-4 target:bg-amber-50 dark:target:bg-amber-950/30">
          <article aria-labelledby={`pledge-title-${p.slug}`} className="space-y-2">
            <div className="flex flex-wrap items-center gap-1.5">
              <EnumBadge value={p.status} />
              <Badge>{labelOf(p.kind)}</Badge>
              {p.category ? <Badge>{labelOf(p.category)}</Badge> : null}
              <span className="text-xs text-slate-600 dark:text-slate-400">{labelOf(p.confidence)}</span>
            </div>
            <Heading id={`pledge-title-${p.slug}`} className="text-base font-semibold leading-snug">
              {p.title}
            </Heading>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              <div className="flex gap-2">
                <dt className="shrink-0 text-slate-600 dark:text-slate-400">From</dt>
                <dd>
                  <ActorLink actor={p.donor} />
                </dd>
              </div>
              <div className="flex gap-2">
                <dt className="shrink-0 text-slate-600 dark:text-slate-400">To</dt>
                <dd>
                  {p.recipients.length === 0 ? (
                    <span className="italic">Not stated</span>
                  ) : (
                    p.recipients.map((r, i) => (
                      <span key={r.slug}>
                        <ActorLink actor={r} />
                        {i < p.recipients.length - 1 ? ", " : null}
                      </span>
                    ))
                  )}
                </dd>
              </div>
              <div className="flex gap-2">
                <dt className="shrink-0 text-slate-600 dark:text-slate-400">Item</dt>
                <dd>
                  {p.item}
                  {quantityText(p.quantity) ? <span className="tabular-nums"> — {quantityText(p.quantity)}</span> : null}
                </dd>
              </div>
              <div className="flex gap-2">
                <dt className="shrink-0 text-slate-600 dark:text-slate-400">Value</dt>
                <dd>
                  <PledgeValue pledge={p} />
                </dd>
              </div>
              <div className="flex gap-2">
                <dt className="shrink-0 text-slate-600 dark:text-slate-400">Date</dt>
                <dd className="tabular-nums">{p.date ? <DateText value={p.date} /> : <span className="italic">Not dated</span>}</dd>
              </div>
              {p.agreement ? (
                <div className="flex gap-2">
                  <dt className="shrink-0 text-slate-600 dark:text-slate-400">Deal</dt>
                  <dd>
                    <Link prefetch={false} href={dealHref(p.agreement.slug)} className="underline">
                      {p.agreement.title}
                    </Link>
                  </dd>
                </div>
              ) : null}
            </dl>
            {p.note ? <p className="text-sm text-slate-700 dark:text-slate-300">{p.note}</p> : null}
            <Evidence citations={p.citations} />
          </article>
        </li>
      ))}
    </ol>
  );
}
