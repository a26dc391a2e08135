import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Flag } from "@/components/ui/flag";
import type { ActorListItem } from "@/lib/data/actors";
import { countryName, labelOf } from "@/lib/format";
import { actorHref } from "@/lib/links";

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Actors as cards: kind, country, other names, and how many records each appears in. */
export function ActorCards({ actors }: { actors: ActorListItem[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {actors.map((a) => (
        <li key={a.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="flex items-center gap-2 font-semibold">
            {a.kind === "COUNTRY" ? <Flag code={a.countryCode} nameShown /> : null}
            <Link prefetch={false} href={actorHref(a.slug)} className="text-slate-900 no-underline hover:underline dark:text-slate-100">
              {a.name}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400">
            <Badge>{labelOf(a.kind)}</Badge>
            {a.countryCode && a.kind !== "COUNTRY" ? (
              <span className="inline-flex items-center gap-1.5">
                <Flag code={a.countryCode} nameShown />
                {countryName(a.countryCode)}
              </span>
            ) : null}
            {a.title ? <span>{a.title}</span> : null}
          </p>
          {a.aliases.length > 0 ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Also: <span className="text-slate-800 dark:text-slate-200">{a.aliases.join(", ")}</span>
            </p>
          ) : null}
          <p className="mt-2 text-sm tabular-nums text-slate-700 dark:text-slate-300">
            {count(a.activity.agreements, "deal", "deals")} · {count(a.activity.pledgesMade + a.activity.pledgesReceived, "pledge", "pledges")} ·{" "}
            {count(a.activity.events, "event", "events")}
          </p>
        </li>
      ))}
    </ul>
  );
}
