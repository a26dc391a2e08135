import Link from "next/link";
import { ActorLink } from "@/components/actors/actor-link";
import { SourceLinks } from "@/components/citations/source-links";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { MoneyText } from "@/components/ui/money-text";
import type { AgreementDto } from "@/lib/data/agreements";
import { countryName, labelOf } from "@/lib/format";
import { dealHref } from "@/lib/links";

/** Agreements as a list of summaries; each title opens the deal's own page. */
export function DealList({ deals, headingLevel = 3 }: { deals: AgreementDto[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {deals.map((deal) => {
        const parties = uniqueParties(deal.parties);
        return (
          <li key={deal.slug} id={`deal-${deal.slug}`} className="py-4">
            <article aria-labelledby={`deal-title-${deal.slug}`} className="space-y-2">
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge>{labelOf(deal.type)}</Badge>
                <EnumBadge value={deal.status} />
                <span className="text-xs text-slate-600 dark:text-slate-400">{labelOf(deal.confidence)}</span>
              </div>
              <Heading id={`deal-title-${deal.slug}`} className="text-base font-semibold leading-snug">
                <Link prefetch={false} href={dealHref(deal.slug)} className="text-slate-900 no-underline hover:underline dark:text-slate-100">
                  {deal.title}
                </Link>
              </Heading>
              <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{deal.summary}</p>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                <div className="flex gap-2">
                  <dt className="shrink-0 text-slate-600 dark:text-slate-400">Since</dt>
                  <dd className="tabular-nums">{deal.startDate ? <DateText value={deal.startDate} /> : <span className="italic">Not dated</span>}</dd>
                </div>
                <div className="flex gap-2">
                  <dt className="shrink-0 text-slate-600 dark:text-slate-400">Value</dt>
                  <dd>
                    <MoneyText value={deal.value} />
                  </dd>
                </div>
                {deal.categories.length > 0 ? (
                  <div className="flex gap-2">
                    <dt className="shrink-0 text-slate-600 dark:text-slate-400">Equipment</dt>
                    <dd>{deal.categories.map(labelOf).join(", ")}</dd>
                  </div>
                ) : null}
                {deal.workCountryCodes.length > 0 ? (
                  <div className="flex gap-2">
                    <dt className="shrink-0 text-slate-600 dark:text-slate-400">Work in</dt>
                    <dd>{deal.workCountryCodes.map(countryName).join(", ")}</dd>
                  </div>
                ) : null}
                {parties.length > 0 ? (
                  <div className="flex gap-2 sm:col-span-2">
                    <dt className="shrink-0 text-slate-600 dark:text-slate-400">Parties</dt>
                    <dd>
                      <ul className="inline">
                        {parties.map(({ actor, roles }, i) => (
                          <li key={actor.slug} className="inline">
                            <ActorLink actor={actor} /> <span className="text-slate-600 dark:text-slate-400">({roles.map((r) => labelOf(r).toLowerCase()).join(", ")})</span>
                            {i < parties.length - 1 ? ", " : null}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <SourceLinks citations={[...deal.citations, ...deal.parties.flatMap((p) => p.citations), ...deal.statusHistory.flatMap((h) => h.citations)]} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}

function uniqueParties(parties: AgreementDto["parties"]) {
  const byActor = new Map<string, { actor: AgreementDto["parties"][number]["actor"]; roles: string[] }>();
  for (const p of parties) {
    const entry = byActor.get(p.actor.slug) ?? { actor: p.actor, roles: [] };
    entry.roles.push(p.role);
    byActor.set(p.actor.slug, entry);
  }
  return [...byActor.values()];
}
