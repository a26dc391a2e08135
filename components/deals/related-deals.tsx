import Link from "next/link";
import { EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { EmptyState } from "@/components/ui/empty-state";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { labelOf } from "@/lib/format";

/** Deals sharing a party or an equipment category, with what they share. */
export function RelatedDeals({ related }: { related: AgreementPageDto["related"] }) {
  if (related.length === 0) return <EmptyState title="No other deal shares a party or an equipment category with this one." />;
  return (
    <ul className="space-y-3">
      {related.map((r) => (
        <li key={r.slug}>
          <Link href={`/deals/${r.slug}`} className="font-medium text-accent-700 underline dark:text-sky-300">
            {r.title}
          </Link>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <span>{labelOf(r.type)}</span>
            <EnumBadge value={r.status} />
            {r.startDate ? <DateText value={r.startDate} /> : null}
            <span>
              Shares:{" "}
              {[...r.sharedParties.map((p) => p.name), ...r.sharedCategories.map((c) => labelOf(c).toLowerCase())].join(", ")}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
