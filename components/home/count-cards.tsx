import type { Counts } from "@/lib/data/stats";

const cards: { key: keyof Counts; label: string; href: string }[] = [
  { key: "agreements", label: "Agreements", href: "/api/v1/agreements" },
  { key: "pledges", label: "Pledges", href: "/api/v1/pledges" },
  { key: "events", label: "Events", href: "/api/v1/events" },
  { key: "actors", label: "Actors", href: "/api/v1/actors" },
  { key: "sources", label: "Sources", href: "/api/v1/sources" },
  { key: "citations", label: "Quoted citations", href: "/api/v1/sources" },
];

export function CountCards({ counts }: { counts: Counts }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {cards.map((card) => (
        <div key={card.key} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{card.label}</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums">
            <a href={card.href} className="no-underline hover:underline">
              {counts[card.key]}
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
