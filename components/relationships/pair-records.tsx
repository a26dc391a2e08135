// The agreements and pledges between two countries, each with its parties' roles and its evidence.
import Link from "next/link";
import { Evidence } from "@/components/citations/citation-quote";
import { EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { MoneyText } from "@/components/ui/money-text";
import type { AgreementDto } from "@/lib/data/agreements";
import type { PledgeDto } from "@/lib/data/pledges";
import type { PairCountry } from "@/lib/data/relationships";
import type { ActorRef } from "@/lib/data/shared";
import { formatMoney, labelOf } from "@/lib/format";

function ActorLink({ actor }: { actor: ActorRef }) {
  return (
    <Link href={`/actors/${actor.slug}`} className="underline decoration-slate-300 hover:decoration-current dark:decoration-slate-600">
      {actor.name}
    </Link>
  );
}

function PartyList({ parties }: { parties: AgreementDto["parties"] }) {
  return (
    <>
      {parties.map((p, i) => (
        <span key={`${p.actor.slug}-${p.role}`}>
          {i > 0 ? ", " : ""}
          <ActorLink actor={p.actor} /> <span className="text-slate-600 dark:text-slate-400">({labelOf(p.role).toLowerCase()})</span>
        </span>
      ))}
    </>
  );
}

export function PairAgreements({ agreements, countries }: { agreements: AgreementDto[]; countries: [PairCountry, PairCountry] }) {
  return (
    <ul className="space-y-4">
      {agreements.map((a) => {
        const others = a.parties.filter((p) => !countries.some((c) => c.code === p.actor.countryCode));
        return (
          <li key={a.slug} id={`agreement-${a.slug}`} className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="font-semibold">
              <Link href={`/deals/${a.slug}`} className="text-accent-600 underline dark:text-sky-400">
                {a.title}
              </Link>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
              <EnumBadge value={a.type} />
              <EnumBadge value={a.status} />
              {a.startDate ? (
                <span>
                  since <DateText value={a.startDate} />
                </span>
              ) : null}
              {a.value.disclosure === "NOT_APPLICABLE" ? null : (
                <span>
                  · value <MoneyText value={a.value} />
                </span>
              )}
            </p>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{a.summary}</p>
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
              {countries.map((c) => {
                const parties = a.parties.filter((p) => p.actor.countryCode === c.code);
                return (
                  <div key={c.code} className="contents">
                    <dt className="font-medium">{c.name}</dt>
                    <dd>
                      <PartyList parties={parties} />
                    </dd>
                  </div>
                );
              })}
              {others.length > 0 ? (
                <div className="contents">
                  <dt className="font-medium">Also involved</dt>
                  <dd>
                    <PartyList parties={others} />
                  </dd>
                </div>
              ) : null}
            </dl>
            <Evidence citations={a.citations} />
          </li>
        );
      })}
    </ul>
  );
}

export function PairPledges({ pledges }: { pledges: PledgeDto[] }) {
  return (
    <ul className="space-y-4">
      {pledges.map((p) => (
        <li key={p.slug} id={`pledge-${p.slug}`} className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="font-semibold">{p.title}</h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            <EnumBadge value={p.kind} />
            <EnumBadge value={p.status} />
            {p.date ? <DateText value={p.date} /> : <span className="italic">date not stated</span>}
          </p>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium">From</dt>
            <dd>
              <ActorLink actor={p.donor} />
            </dd>
            <dt className="font-medium">To</dt>
            <dd>
              {p.recipients.map((r, i) => (
                <span key={r.slug}>
                  {i > 0 ? ", " : ""}
                  <ActorLink actor={r} />
                </span>
              ))}
            </dd>
            <dt className="font-medium">What</dt>
            <dd>
              {p.item}
              {p.quantity ? (
                <span className="tabular-nums">
                  {" "}
                  — {Number(p.quantity.amount).toLocaleString("en-GB")} {p.quantity.unit ?? ""}
                </span>
              ) : null}
            </dd>
            <dt className="font-medium">Value</dt>
            <dd>
              <MoneyText value={p.value} />
              {p.usd && p.value.currency !== "USD" ? (
                <span className="text-slate-600 dark:text-slate-400">
                  {" "}
                  (≈ {formatMoney({ disclosure: "DISCLOSED", amount: p.usd.amount, currency: "USD" })} at {p.usd.rate}, {p.usd.rateDate})
                </span>
              ) : null}
            </dd>
          </dl>
          {p.note ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{p.note}</p> : null}
          <Evidence citations={p.citations} />
        </li>
      ))}
    </ul>
  );
}
