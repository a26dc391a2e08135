import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { InferredMark } from "@/components/sources/inferred-mark";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { getCitingRecords, type CitingKind } from "@/lib/data/source-citations";
import { getSource } from "@/lib/data/sources";
import { formatPartialDate, labelOf } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadSource = cache(async (slug: string) => (/^[a-z0-9-]{1,120}$/.test(slug) ? getSource(prisma, slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).slug);
  if (!source) return { title: "Source not found" };
  return { title: source.title, description: `${source.publisher ?? "Article"}: its metadata and every record in the tracker that quotes it.` };
}

const kindTitles: Record<CitingKind, string> = { agreement: "Deals", pledge: "Pledges", event: "Events", actor: "Actors and their links" };

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const source = await loadSource(slug);
  if (!source) notFound();
  const records = await getCitingRecords(prisma, slug);
  const kinds = (["agreement", "pledge", "event", "actor"] as const).map((k) => ({ kind: k, records: records.filter((r) => r.kind === k) })).filter((g) => g.records.length > 0);
  const evidenceFields = [...new Set(source.evidence.map((e) => e.field ?? "other"))];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/sources" className="text-accent-600 underline dark:text-sky-400">
            Sources
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{source.title}</h1>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">Publisher</dt>
          <dd>
            {source.publisher ?? <span className="italic">Unknown</span>}
            {source.publisher && source.publisherInferred ? <InferredMark /> : null}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Published</dt>
          <dd className="tabular-nums">
            {source.publishedAt ? formatPartialDate(source.publishedAt.date, source.publishedAt.precision) : <span className="italic">Unknown</span>}
            {source.publishedAt?.inferred ? <InferredMark /> : null}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Author</dt>
          <dd>{source.author ?? <span className="italic">Not named</span>}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Language</dt>
          <dd>{new Intl.DisplayNames(["en"], { type: "language" }).of(source.language) ?? source.language}</dd>
          {source.url ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Original</dt>
              <dd className="break-all">
                <a href={source.url} rel="noopener noreferrer" className="underline">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="text-slate-600 dark:text-slate-400">Quoted</dt>
          <dd className="tabular-nums">
            {source.citationCount} times, by {records.length} {records.length === 1 ? "record" : "records"}
          </dd>
        </dl>
      </header>

      {source.inferenceNote || source.evidence.length > 0 ? (
        <section aria-labelledby="metadata" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/60 p-4 dark:border-amber-900 dark:bg-amber-950/20">
          <h2 id="metadata" className="text-lg font-semibold">
            How the metadata was established
          </h2>
          {source.inferenceNote ? <p className="text-sm text-slate-800 dark:text-slate-200">{source.inferenceNote}</p> : null}
          {evidenceFields.map((field) => (
            <div key={field} className="space-y-1">
              <h3 className="text-sm font-semibold">Evidence for {field === "publishedAt" ? "the date" : field === "other" ? "other details" : `the ${field}`}</h3>
              <ul className="space-y-1">
                {source.evidence
                  .filter((e) => (e.field ?? "other") === field)
                  .map((e, i) => (
                    <li key={i} className="border-l-2 border-amber-300 pl-3 text-sm italic text-slate-700 dark:border-amber-800 dark:text-slate-300">
                      “{e.quote}”{e.note ? <span className="not-italic text-slate-600 dark:text-slate-400"> — {e.note}</span> : null}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="citing" className="space-y-4">
        <h2 id="citing" className="text-xl font-semibold">
          Records that cite this source
        </h2>
        {kinds.length === 0 ? <EmptyState title="No published record cites this source yet." /> : null}
        {kinds.map((group) => (
          <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="space-y-2">
            <h3 id={`kind-${group.kind}`} className="border-b border-slate-200 pb-1 font-semibold dark:border-slate-800">
              {kindTitles[group.kind]} <span className="font-normal text-slate-600 dark:text-slate-400">({group.records.length})</span>
            </h3>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {group.records.map((r) => (
                <li key={`${r.kind}-${r.slug}`} className="space-y-2 py-3">
                  <p className="font-medium">
                    {r.date ? <span className="mr-2 text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">{r.date}</span> : null}
                    <Link prefetch={false} href={r.href} className="underline decoration-slate-400 hover:decoration-2">
                      {r.title}
                    </Link>
                  </p>
                  <ul className="space-y-2">
                    {r.quotes.map((q, i) => (
                      <li key={i} className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
                        <blockquote className="text-sm italic text-slate-700 dark:text-slate-300">“{q.quote}”</blockquote>
                        {q.supports || q.field || q.note ? (
                          <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
                            {q.supports ? <Badge>{q.supports}</Badge> : null}
                            {q.field ? <span>supports: {labelOf(q.field.replace(/([a-z])([A-Z])/g, "$1_$2")).toLowerCase()}</span> : null}
                            {q.note ? <span>— {q.note}</span> : null}
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
