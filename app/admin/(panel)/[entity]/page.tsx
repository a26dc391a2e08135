import type { Metadata } from "next";
import Link from "next/link";
import { formatWhen } from "@/components/admin/activity-list";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth";
import { entityTitles } from "@/lib/admin/entities";
import { entityParam } from "@/lib/admin/params";
import { listRecords } from "@/lib/admin/queries";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity } = await params;
  return { title: entityTitles[entityParam(entity)] };
}

export default async function RecordList({ params, searchParams }: Props) {
  const { entity } = await params;
  const segment = entityParam(entity);
  await requirePageUser(`/admin/${segment}`);
  const { q, trashed } = await searchParams;
  // PostgreSQL cannot hold a NUL, and a search box never needs control characters.
  const query = typeof q === "string" ? q.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 100) : "";
  const rows = await listRecords(prisma, segment, { q: query });
  const title = entityTitles[segment];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <Link href={`/admin/${segment}/new`} prefetch={false} className="rounded bg-accent-600 px-3 py-2 text-sm font-medium text-white no-underline hover:bg-accent-700">
          New {segment === "actors" ? "actor" : title.toLowerCase().replace(/s$/, "")}
        </Link>
      </div>
      {typeof trashed === "string" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          Moved to the trash. An admin can restore it from the <Link href="/admin/trash">trash</Link>; its history is kept.
        </p>
      ) : null}
      <form role="search" className="flex gap-2" action={`/admin/${segment}`}>
        <label htmlFor="q" className="sr-only">
          Search {title.toLowerCase()}
        </label>
        <input id="q" name="q" defaultValue={query} placeholder={segment === "actors" ? "Name, slug or another name (Britain)" : "Title or slug"} className="w-full max-w-sm rounded border border-slate-300 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900" />
        <button type="submit" className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={query ? `No ${title.toLowerCase()} match “${query}”` : `No ${title.toLowerCase()} yet`} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{title}, most recently changed first</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-2 pr-3">
                  Title
                </th>
                <th scope="col" className="hidden py-2 pr-3 md:table-cell">
                  Slug
                </th>
                <th scope="col" className="py-2 pr-3">
                  {segment === "sources" ? "Publisher" : segment === "agreements" || segment === "pledges" ? "Status" : "Kind"}
                </th>
                <th scope="col" className="py-2 pr-3">
                  Visibility
                </th>
                <th scope="col" className="hidden py-2 sm:table-cell">
                  Changed
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/${segment}/${r.id}`} prefetch={false}>{r.title}</Link>
                  </td>
                  <td className="hidden py-2 pr-3 font-mono text-xs md:table-cell">{r.slug}</td>
                  <td className="py-2 pr-3">{segment === "sources" ? r.detail : r.detail ? <EnumBadge value={r.detail} /> : null}</td>
                  <td className="py-2 pr-3">{r.isPublished ? <Badge tone="green">Published</Badge> : <Badge tone="amber">Draft</Badge>}</td>
                  <td className="hidden py-2 text-slate-600 sm:table-cell dark:text-slate-400">
                    v{r.version}, {formatWhen(r.updatedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
