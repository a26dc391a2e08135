import type { Metadata } from "next";
import Link from "next/link";
import { InferredMark } from "@/components/sources/inferred-mark";
import { EmptyState } from "@/components/ui/empty-state";
import { prisma } from "@/lib/db";
import { listSources } from "@/lib/data/sources";
import { formatPartialDate } from "@/lib/format";
import { sourceHref } from "@/lib/links";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Sources",
  description: "The published articles every record in the tracker is drawn from, with their metadata and the quotes taken from each.",
};

export default async function SourcesPage() {
  const { data: sources } = await listSources(prisma, { limit: 200 });
  const ordered = [...sources].sort((a, b) => (b.publishedAt?.date ?? "").localeCompare(a.publishedAt?.date ?? ""));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every agreement, pledge, event and actor rests on quotes from these articles. Where an article does not print its publisher or date, the
          tracker says so and shows the evidence for what it inferred. The articles themselves are not republished.
        </p>
      </header>
      {ordered.length === 0 ? (
        <EmptyState title="No sources yet." />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {ordered.map((s) => (
            <li key={s.slug} className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h2 className="font-semibold leading-snug">
                <Link prefetch={false} href={sourceHref(s.slug)} className="text-slate-900 no-underline hover:underline dark:text-slate-100">
                  {s.title}
                </Link>
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                <dt className="text-slate-600 dark:text-slate-400">Publisher</dt>
                <dd>
                  {s.publisher ?? <span className="italic">Unknown</span>}
                  {s.publisher && s.publisherInferred ? <InferredMark /> : null}
                </dd>
                <dt className="text-slate-600 dark:text-slate-400">Published</dt>
                <dd className="tabular-nums">
                  {s.publishedAt ? formatPartialDate(s.publishedAt.date, s.publishedAt.precision) : <span className="italic">Unknown</span>}
                  {s.publishedAt?.inferred ? <InferredMark /> : null}
                </dd>
                {s.author ? (
                  <>
                    <dt className="text-slate-600 dark:text-slate-400">Author</dt>
                    <dd>{s.author}</dd>
                  </>
                ) : null}
                <dt className="text-slate-600 dark:text-slate-400">Quoted</dt>
                <dd className="tabular-nums">
                  {s.citationCount} {s.citationCount === 1 ? "time" : "times"}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
