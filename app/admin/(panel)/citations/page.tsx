import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth";
import { listCitations } from "@/lib/admin/citations";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Citations" };

export default async function CitationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("/admin/citations");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) : "";
  const rows = await listCitations(prisma, query || undefined);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Citations</h1>
        <Link href="/admin/citations/new" prefetch={false} className="rounded bg-accent-600 px-3 py-2 text-sm font-medium text-white no-underline hover:bg-accent-700">
          New citation
        </Link>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Every citation is a verbatim quote supporting one record. Changing one is a change of that record: it shows in the record&apos;s history and can be undone there.
      </p>
      <form role="search" className="flex gap-2" action="/admin/citations">
        <label htmlFor="q" className="sr-only">
          Search quotes
        </label>
        <input id="q" name="q" defaultValue={query} placeholder="Words in the quote" className="w-full max-w-sm rounded border border-slate-300 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900" />
        <button type="submit" className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={query ? `No quote contains “${query}”` : "No citations yet"} />
      ) : (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
              <blockquote className="border-l-2 border-slate-300 pl-2 italic dark:border-slate-600">“{r.quote.length > 240 ? `${r.quote.slice(0, 240)}…` : r.quote}”</blockquote>
              <p className="mt-1 text-slate-600 dark:text-slate-400">
                {r.source}
                {r.field ? ` · field ${r.field}` : ""} · supports{" "}
                {r.owner ? (
                  <Link href={`/admin/${r.owner.segment}/${r.owner.id}`} prefetch={false}>
                    {r.ownerTitle}
                  </Link>
                ) : (
                  r.ownerTitle
                )}{" "}
                ·{" "}
                <Link href={`/admin/citations/${r.id}`} prefetch={false}>
                  Edit citation {r.id}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
