import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { EventList } from "@/components/events/event-list";
import { LocatorMap } from "@/components/map/locator-map";
import { Flag } from "@/components/ui/flag";
import { ParamIssues } from "@/components/lists/filter-panel";
import {
  PairAgreements,
  PairPledges,
} from "@/components/relationships/pair-records";
import { PairSection } from "@/components/relationships/pair-section";
import { PairTimeline } from "@/components/relationships/pair-timeline";
import { prisma } from "@/lib/db";
import { getPairPage, type PairCountry } from "@/lib/data/relationships";
import {
  hrefWith,
  pairPageSchema,
  parseListParams,
  type RawParams,
} from "@/lib/lists/params";
import {
  EDGE_KINDS,
  edgeKindInfo,
  edgeKindSwatch,
} from "@/lib/relationships/kinds";
import { usdPhrase } from "@/lib/relationships/summary";
import { pairTimeline } from "@/lib/relationships/timeline";

export const dynamic = "force-dynamic";

type Params = Promise<{ a: string; b: string }>;
type Props = { params: Params; searchParams: Promise<RawParams> };

/** Lower-case ISO alpha-2 codes in alphabetical order, or null when the address cannot be a pair. */
function canonical(a: string, b: string): [string, string] | null {
  if (!/^[a-z]{2}$/i.test(a) || !/^[a-z]{2}$/i.test(b)) return null;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort() as [string, string];
  return x === y ? null : [x, y];
}

// Each section pages on its own (?pledges-page=3); a bad number is reported and page 1 shown, a page
// past the end shows the last one, as on the other lists.
const loadPair = cache(
  (a: string, b: string, agreements: number, pledges: number, events: number) =>
    getPairPage(prisma, a, b, { agreements, pledges, events }),
);

async function pagesOf(searchParams: Props["searchParams"]) {
  const { query, raw, issues } = parseListParams(
    pairPageSchema,
    await searchParams,
  );
  return {
    pages: [
      query["agreements-page"],
      query["pledges-page"],
      query["events-page"],
    ] as const,
    raw,
    issues,
  };
}

export async function generateMetadata({
  params,
  searchParams,
}: Props): Promise<Metadata> {
  const { a, b } = await params;
  const codes = canonical(a, b);
  const { pages } = await pagesOf(searchParams);
  const pair = codes ? await loadPair(...codes, ...pages) : null;
  if (!pair) return { title: "No relationship found" };
  const title = `${pair.a.name} and ${pair.b.name}`;
  return {
    title: `${title} · Relationships`,
    description: `Everything between ${pair.a.name} and ${pair.b.name}: ${pair.agreements.total} agreements, ${pair.pledges.total} pledges and ${pair.events.total} events, each with its source.`,
    alternates: { canonical: `/relationships/${codes![0]}/${codes![1]}` },
  };
}

export default async function PairPage({ params, searchParams }: Props) {
  const { a, b } = await params;
  const codes = canonical(a, b);
  if (!codes) notFound();
  const { pages, raw, issues } = await pagesOf(searchParams);
  if (codes[0] !== a || codes[1] !== b)
    permanentRedirect(hrefWith(`/relationships/${codes[0]}/${codes[1]}`, raw));
  const pair = await loadPair(...codes, ...pages);
  if (!pair) notFound();
  const path = `/relationships/${codes[0]}/${codes[1]}`;
  const pageHref = (param: string, section: string) => (page: number) =>
    `${hrefWith(path, raw, { [param]: page === 1 ? undefined : String(page) })}#${section}`;
  const paged = [pair.agreements, pair.pledges, pair.events].some(
    (s) => s.pageCount > 1,
  );
  // The timeline of the records on this page: with every record on one page, the whole relationship.
  const timeline = pairTimeline(
    pair.agreements.data,
    pair.pledges.data,
    pair.events.data,
  );
  const countries: [PairCountry, PairCountry] = [pair.a, pair.b];
  const count = (n: number) => n.toLocaleString("en-GB");
  const stats = [
    {
      label: "Agreements",
      value: count(pair.agreements.total),
      href: "#agreements",
    },
    { label: "Pledges", value: count(pair.pledges.total), href: "#pledges" },
    { label: "Events", value: count(pair.events.total), href: "#events" },
    {
      label: "Known value",
      value:
        pair.tie && pair.tie.usd > 0
          ? usdPhrase(pair.tie.usd)
          : "None disclosed",
      href: null,
    },
  ];
  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href="/relationships"
          className="text-accent-600 underline dark:text-sky-400"
        >
          Relationships
        </Link>
        <span aria-hidden="true" className="px-1.5 text-slate-400">
          ›
        </span>
        <span aria-current="page">
          {pair.a.name} and {pair.b.name}
        </span>
      </nav>
      <header className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-3">
          <h1 className="text-3xl font-bold tracking-tight">
            <Flag
              code={pair.a.code}
              nameShown
              className="mr-2 !h-5 !w-[1.67rem] align-[0.05em]"
            />
            {pair.a.name}{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              and
            </span>{" "}
            <Flag
              code={pair.b.code}
              nameShown
              className="mr-2 !h-5 !w-[1.67rem] align-[0.05em]"
            />
            {pair.b.name}
          </h1>
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">
            Everything the tracker records between the two: agreements both take
            part in (directly or through their companies and government bodies),
            pledges from one to the other, and events that involve both.
          </p>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {countries.map((c) =>
              c.slug ? (
                <Link
                  key={c.code}
                  href={`/actors/${c.slug}`}
                  className="text-accent-600 underline dark:text-sky-400"
                >
                  About {c.name}
                </Link>
              ) : null,
            )}
          </p>
          {pair.tie ? (
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
              {EDGE_KINDS.filter((k) => pair.tie!.byKind[k]).map((k) => (
                <span
                  key={k}
                  className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 dark:border-slate-700"
                >
                  <span
                    aria-hidden="true"
                    className={`inline-block h-1.5 w-4 rounded-full ${edgeKindSwatch[k]}`}
                  />
                  {edgeKindInfo[k].label}:{" "}
                  <span className="tabular-nums">
                    {pair.tie!.byKind[k]!.count.toLocaleString("en-GB")}
                  </span>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        <LocatorMap
          codes={[pair.a.code, pair.b.code]}
          label={`Map: ${pair.a.name} and ${pair.b.name}`}
          caption={`${pair.a.name} and ${pair.b.name}.`}
        />
      </header>

      <ParamIssues issues={issues} />

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div
            key={s.label}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          >
            <dt className="text-sm text-slate-600 dark:text-slate-400">
              {s.label}
            </dt>
            <dd
              className={`mt-1 font-semibold tabular-nums ${/^\d/.test(s.value) || s.value.startsWith("$") ? "text-2xl" : "text-lg text-slate-700 dark:text-slate-300"}`}
            >
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
        {paged ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The steps of the records listed on this page; the sections below
            page through the rest.
          </p>
        ) : null}
        <PairTimeline items={timeline} />
      </section>

      <PairSection
        id="agreements"
        title="Agreements"
        noun={["agreement", "agreements"]}
        page={pair.agreements}
        hrefFor={pageHref("agreements-page", "agreements")}
      >
        <PairAgreements
          agreements={pair.agreements.data}
          countries={countries}
        />
      </PairSection>

      <PairSection
        id="pledges"
        title="Pledges"
        noun={["pledge", "pledges"]}
        page={pair.pledges}
        hrefFor={pageHref("pledges-page", "pledges")}
      >
        <PairPledges pledges={pair.pledges.data} />
      </PairSection>

      <PairSection
        id="events"
        title="Events"
        noun={["event", "events"]}
        page={pair.events}
        hrefFor={pageHref("events-page", "events")}
      >
        <EventList events={pair.events.data} />
      </PairSection>
    </article>
  );
}
