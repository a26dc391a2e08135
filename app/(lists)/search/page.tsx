import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ActorLink } from "@/components/actors/actor-link";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { matchedAlias, searchEverything } from "@/lib/data/search-all";
import { labelOf } from "@/lib/format";
import { dealHref, eventHref, pledgeHref, sourceHref } from "@/lib/links";
import type { RawParams } from "@/lib/lists/params";
import { searchText } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/** The query under the lists' and the API's own rule (lib/schemas/query.ts); a bad one is named, not run. */
function queryOf(params: RawParams): { q: string | null; error: string | null } {
  const raw = [params.q].flat()[0] ?? "";
  if (raw.trim() === "") return { q: null, error: null };
  const parsed = searchText.safeParse(raw);
  if (parsed.success) return { q: parsed.data, error: null };
  const tooLong = parsed.error.issues.some((i) => i.code === "too_big");
  return { q: null, error: tooLong ? "Please search for at most 200 characters." : "Please search without control characters (such as %00)." };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = queryOf(await searchParams);
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false } };
}

function Group({ id, title, total, shown = total, allHref, children }: { id: string; title: string; total: number; shown?: number; allHref?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-1 dark:border-slate-800">
        <h2 id={id} className="text-lg font-semibold">
          {title} <span className="font-normal text-slate-600 dark:text-slate-400">({total})</span>
        </h2>
        {allHref && total > shown ? (
          <Link prefetch={false} href={allHref} className="text-sm text-accent-600 underline dark:text-sky-400">
            See all {total} in the list
          </Link>
        ) : null}
      </div>
      {total === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No matches.</p> : children}
    </section>
  );
}

const item = "py-2";
const titleLink = "font-medium underline decoration-slate-400 hover:decoration-2";

export default async function SearchPage({ searchParams }: Props) {
  const { q, error } = queryOf(await searchParams);
  const results = q ? await searchEverything(prisma, q) : null;
  const enc = q ? encodeURIComponent(q) : "";
  const total = results ? results.actors.total + results.deals.total + results.pledges.total + results.events.total + results.sources.length : 0;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{q ? <>Search results for “{q}”</> : "Search"}</h1>
        <Form action="/search" role="search" aria-label="Search the tracker" className="flex max-w-xl">
          <label htmlFor="search-page-q" className="sr-only">
            Search actors, deals, pledges and events
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            maxLength={200}
            placeholder="Names, aliases or words: Britain, DCI, licensed production artillery"
            className="min-w-0 flex-1 rounded-l-md border border-r-0 border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          />
          <button type="submit" className="rounded-r-md bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-accent-700 dark:bg-sky-700 dark:hover:bg-sky-800">
            Search
          </button>
        </Form>
        {error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        {results ? (
          <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
            {total} {total === 1 ? "match" : "matches"}. Names and other names count: “Britain” finds the United Kingdom, “DCI” finds Défense Conseil
            International.
          </p>
        ) : null}
      </header>

      {!results ? (
        <EmptyState title="Type a name, another name or a few words.">Search covers actors (and their aliases), deals, pledges, events and sources.</EmptyState>
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <Group id="r-actors" title="Actors" total={results.actors.total} shown={results.actors.data.length} allHref={`/actors?q=${enc}`}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {results.actors.data.map((a) => {
                const alias = matchedAlias(a, q!);
                return (
                  <li key={a.slug} className={item}>
                    <ActorLink actor={a} className="font-medium" /> <Badge>{labelOf(a.kind)}</Badge>
                    {alias ? <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">also called “{alias}”</span> : null}
                  </li>
                );
              })}
            </ul>
          </Group>
          <Group id="r-deals" title="Deals" total={results.deals.total} shown={results.deals.data.length} allHref={`/deals?q=${enc}`}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {results.deals.data.map((d) => (
                <li key={d.slug} className={`${item} space-y-1`}>
                  <Link prefetch={false} href={dealHref(d.slug)} className={titleLink}>
                    {d.title}
                  </Link>
                  <p className="flex flex-wrap items-center gap-1.5 text-sm">
                    <Badge>{labelOf(d.type)}</Badge> <EnumBadge value={d.status} />
                  </p>
                </li>
              ))}
            </ul>
          </Group>
          <Group id="r-pledges" title="Pledges" total={results.pledges.total} shown={results.pledges.data.length} allHref={`/pledges?q=${enc}`}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {results.pledges.data.map((p) => (
                <li key={p.slug} className={`${item} space-y-1`}>
                  <Link prefetch={false} href={pledgeHref(p)} className={titleLink}>
                    {p.title}
                  </Link>
                  <p className="flex flex-wrap items-center gap-1.5 text-sm">
                    <EnumBadge value={p.status} /> <span className="text-slate-600 dark:text-slate-400">from {p.donor.name}</span>
                  </p>
                </li>
              ))}
            </ul>
          </Group>
          <Group id="r-events" title="Events" total={results.events.total} shown={results.events.data.length} allHref={`/timeline?q=${enc}&order=newest`}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {results.events.data.map((e) => (
                <li key={e.slug} className={`${item} space-y-1`}>
                  <Link prefetch={false} href={eventHref(e)} className={titleLink}>
                    {e.title}
                  </Link>
                  <p className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                    <DateText value={e.date} end={e.endDate} /> · {labelOf(e.kind)}
                  </p>
                </li>
              ))}
            </ul>
          </Group>
          <Group id="r-sources" title="Sources" total={results.sources.length}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {results.sources.map((s) => (
                <li key={s.slug} className={item}>
                  <Link prefetch={false} href={sourceHref(s.slug)} className={titleLink}>
                    {s.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Group>
        </div>
      )}
    </div>
  );
}
