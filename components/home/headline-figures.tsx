import Link from "next/link";
import { AGREEMENT_STATUS_ORDER, countBy, PLEDGE_STATUS_ORDER, pledgedValue } from "@/lib/charts/overview";
import type { Overview } from "@/lib/data/overview";
import { formatCount, formatMoney, labelOf } from "@/lib/format";
import { pledgeHref } from "@/lib/links";

const card = "flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800";
const figure = "mt-1 text-3xl font-semibold tabular-nums";
const link = "text-slate-900 no-underline hover:underline dark:text-slate-100";

function Breakdown({ items, hrefFor }: { items: { key: string; count: number }[]; hrefFor: (key: string) => string }) {
  const shown = items.filter((i) => i.count > 0);
  return (
    <ul className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      {shown.map((i) => (
        <li key={i.key}>
          <Link
            prefetch={false}
            href={hrefFor(i.key)}
            className="-mx-1 flex min-h-7 items-center justify-between gap-2 rounded px-1 no-underline hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            <span className="underline decoration-slate-400">{labelOf(i.key)}</span>
            <span className="tabular-nums">{formatCount(i.count)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The tracker at a glance; every figure links to the list it counts. */
/** The conversions listed in full; past this the list links to the pledges list (the page stays small at any scale). */
const SHOWN_AMOUNTS = 25;

export function HeadlineFigures({ overview }: { overview: Overview }) {
  const value = pledgedValue(overview.pledges);
  const committedQuery = "status=PLEDGED&status=PARTIALLY_DELIVERED&status=DELIVERED";
  const actorTotal = Object.values(overview.actorsByKind).reduce((a, b) => a + b, 0);
  const kinds = ["COUNTRY", "COMPANY", "GOVERNMENT_BODY", "ORGANISATION", "ALLIANCE", "PERSON"].map((k) => ({ key: k, count: overview.actorsByKind[k] ?? 0 }));
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className={card}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">Agreements</dt>
        <dd className={figure}>
          <Link prefetch={false} href="/deals" className={link}>
            {formatCount(overview.agreements.length)}
          </Link>
        </dd>
        <dd>
          <Breakdown items={countBy(overview.agreements, AGREEMENT_STATUS_ORDER, (a) => a.status)} hrefFor={(s) => `/deals?status=${s}`} />
        </dd>
      </div>
      <div className={card}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">Pledges</dt>
        <dd className={figure}>
          <Link prefetch={false} href="/pledges" className={link}>
            {formatCount(overview.pledges.length)}
          </Link>
        </dd>
        <dd>
          <Breakdown items={countBy(overview.pledges, PLEDGE_STATUS_ORDER, (p) => p.status)} hrefFor={(s) => `/pledges?status=${s}`} />
        </dd>
      </div>
      <div className={card}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">Known value of pledges made (USD)</dt>
        <dd className={figure}>
          <Link prefetch={false} href={`/pledges?${committedQuery}&sort=value`} className={link}>
            <data value={value.usdTotal}>{formatMoney({ disclosure: "DISCLOSED", amount: String(value.usdTotal), currency: "USD" })}</data>
          </Link>
        </dd>
        <dd className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          from {formatCount(value.counted.length)} {value.counted.length === 1 ? "pledge" : "pledges"} with a public value;{" "}
          <strong>
            of which undisclosed: {formatCount(value.undisclosed.length)} {value.undisclosed.length === 1 ? "pledge" : "pledges"}
          </strong>{" "}
          (not counted, never as 0).
        </dd>
        <dd>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-xs font-medium text-accent-600 dark:text-sky-400">How this is counted</summary>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              Pledged, partially delivered or delivered; offers under discussion and refusals are left out. Each amount in its original currency,
              converted at the stated rate:
            </p>
            <ul className="mt-1 space-y-1 text-xs">
              {value.counted.slice(0, SHOWN_AMOUNTS).map((p) => (
                <li key={p.slug}>
                  <Link prefetch={false} href={pledgeHref(p)} className="underline">
                    {p.title}
                  </Link>
                  : {formatMoney(p.value)} {p.value.currency} × {Number(p.usd!.rate)} (rate of {p.usd!.rateDate}) ={" "}
                  {formatMoney({ disclosure: "DISCLOSED", amount: p.usd!.amount, currency: "USD" })}
                </li>
              ))}
            </ul>
            {value.counted.length > SHOWN_AMOUNTS ? (
              <p className="mt-1 text-xs">
                …and {formatCount(value.counted.length - SHOWN_AMOUNTS)} more:{" "}
                <Link prefetch={false} href="/pledges?status=PLEDGED,PARTIALLY_DELIVERED,DELIVERED" className="underline">
                  every committed pledge
                </Link>{" "}
                (CSV on that page).
              </p>
            ) : null}
          </details>
        </dd>
      </div>
      <div className={card}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">Actors</dt>
        <dd className={figure}>
          <Link prefetch={false} href="/actors" className={link}>
            {formatCount(actorTotal)}
          </Link>
        </dd>
        <dd>
          <Breakdown items={kinds} hrefFor={(k) => `/actors?type=${k}`} />
        </dd>
      </div>
    </dl>
  );
}
