import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { EventList } from "@/components/events/event-list";
import { PairAgreements, PairPledges } from "@/components/relationships/pair-records";
import { PairTimeline } from "@/components/relationships/pair-timeline";
import { prisma } from "@/lib/db";
import { getPair, type PairCountry } from "@/lib/data/relationships";
import { EDGE_KINDS, edgeKindInfo, edgeKindSwatch } from "@/lib/relationships/kinds";
import { usdPhrase } from "@/lib/relationships/summary";
import { pairTimeline } from "@/lib/relationships/timeline";

export const dynamic = "force-dynamic";

type Params = Promise<{ a: string; b: string }>;

/** Lower-case ISO alpha-2 codes in alphabetical order, or null when the address cannot be a pair. */
function canonical(a: string, b: string): [string, string] | null {
  if (!/^[a-z]{2}$/i.test(a) || !/^[a-z]{2}$/i.test(b)) return null;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort() as [string, string];
  return x === y ? null : [x, y];
}

const loadPair = cache((a: string, b: string) => getPair(prisma, a, b));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { a, b } = await params;
  const codes = canonical(a, b);
  const pair = codes ? await loadPair(...codes) : null;
  if (!pair) return { title: "No relationship found" };
  const title = `${pair.a.name} and ${pair.b.name}`;
  return {
    title: `${title} · Relationships`,
    description: `Everything between ${pair.a.name} and ${pair.b.name}: ${pair.agreements.length} agreements, ${pair.pledges.length} pledges and ${pair.events.length} events, each with its source.`,
    alternates: { canonical: `/relationships/${codes![0]}/${codes![1]}` },
  };
}

export default async function PairPage({ params }: { params: Params }) {
  const { a, b } = await params;
  const codes = canonical(a, b);
  if (!codes) notFound();
  if (codes[0] !== a || codes[1] !== b) permanentRedirect(`/relationships/${codes[0]}/${codes[1]}`);
  const pair = await loadPair(...codes);
  if (!pair) notFound();
  const timeline = pairTimeline(pair.agreements, pair.pledges, pair.events);
  const countries: [PairCountry, PairCountry] = [pair.a, pair.b];
  const stats = [
    { label: "Agreements", value: String(pair.agreements.length), href: "#agreements" },
    { label: "Pledges", value: String(pair.pledges.length), href: "#pledges" },
    { label: "Events", value: String(pair.events.length), href: "#events" },
    { label: "Known value", value: pair.tie && pair.tie.usd > 0 ? usdPhrase(pair.tie.usd) : "None disclosed", href: null },
  ];
  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/relationships" className="text-accent-600 underline dark:text-sky-400">
          Relationships
        </Link>
        <span aria-hidden="true" className="px-1.5 text-slate-400">
          ›
        </span>
        <span aria-current="page">
          {pair.a.name} and {pair.b.name}
        </span>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {pair.a.name} <span className="font-normal text-slate-500 dark:text-slate-400">and</span> {pair.b.name}
        </h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Everything the tracker records between the two: agreements both take part in (directly or through their companies and government bodies),
          pledges from one to the other, and events that involve both.
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {countries.map((c) =>
            c.slug ? (
              <Link key={c.code} href={`/actors/${c.slug}`} className="text-accent-600 underline dark:text-sky-400">
                About {c.name}
              </Link>
            ) : null,
          )}
        </p>
        {pair.tie ? (
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            {EDGE_KINDS.filter((k) => pair.tie!.byKind[k]).map((k) => (
              <span key={k} className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 dark:border-slate-700">
                <span aria-hidden="true" className={`inline-block h-1.5 w-4 rounded-full ${edgeKindSwatch[k]}`} />
                {edgeKindInfo[k].label}: <span className="tabular-nums">{pair.tie!.byKind[k]!.count}</span>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{s.label}</dt>
            <dd className={`mt-1 font-semibold tabular-nums ${/^\d/.test(s.value) || s.value.startsWith("$") ? "text-2xl" : "text-lg text-slate-700 dark:text-slate-300"}`}>
              {s.href && s.value !== "0" ? (
                <a href={s.href} className="no-underline hover:underline">
                  {s.value}
                </a>
              ) : (
                s.value
              )}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-xl font-semibold">
          Timeline
        </h2>
        <PairTimeline items={timeline} />
      </section>

      {pair.agreements.length > 0 ? (
        <section aria-labelledby="agreements" className="space-y-3">
          <h2 id="agreements" className="scroll-mt-4 text-xl font-semibold">
            Agreements
          </h2>
          <PairAgreements agreements={pair.agreements} countries={countries} />
        </section>
      ) : null}

      {pair.pledges.length > 0 ? (
        <section aria-labelledby="pledges" className="space-y-3">
          <h2 id="pledges" className="scroll-mt-4 text-xl font-semibold">
            Pledges
          </h2>
          <PairPledges pledges={pair.pledges} />
        </section>
      ) : null}

      {pair.events.length > 0 ? (
        <section aria-labelledby="events" className="space-y-3">
          <h2 id="events" className="scroll-mt-4 text-xl font-semibold">
            Events
          </h2>
          <EventList events={pair.events} />
        </section>
      ) : null}
    </article>
  );
}
