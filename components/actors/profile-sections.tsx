import Link from "next/link";
import { PledgeValue } from "@/components/pledges/pledge-value";
import { Badge, EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { ActorProfile } from "@/lib/data/actor-profile";
import type { PledgeDto } from "@/lib/data/pledges";
import { labelOf } from "@/lib/format";
import { dealHref, eventHref, pledgeHref } from "@/lib/links";
import { ActorLink } from "./actor-link";

const row = "grid gap-1 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-4";
const muted = "text-sm text-slate-600 dark:text-slate-400";

/** The agreements an actor is party to, with the role(s) it plays in each. */
export function ProfileDeals({ items }: { items: ActorProfile["agreements"] }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map(({ agreement, roles }) => (
        <li key={agreement.slug} className={row}>
          <div className="min-w-0 space-y-1">
            <Link prefetch={false} href={dealHref(agreement.slug)} className="font-medium underline decoration-slate-400 hover:decoration-2">
              {agreement.title}
            </Link>
            <p className="flex flex-wrap items-center gap-1.5 text-sm">
              <span className="text-slate-600 dark:text-slate-400">Role:</span>
              {roles.map((r) => (
                <Badge key={r.role} tone="violet">
                  {labelOf(r.role)}
                </Badge>
              ))}
              <span className="text-slate-600 dark:text-slate-400">· {labelOf(agreement.type)}</span>
            </p>
          </div>
          <div className="flex items-center gap-2 sm:flex-col sm:items-end">
            <EnumBadge value={agreement.status} />
            <span className={`${muted} tabular-nums`}>{agreement.startDate ? <DateText value={agreement.startDate} /> : "Not dated"}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Pledges, showing the other side (recipients of what the actor gave, or the donor of what it got). */
export function ProfilePledges({ items, side }: { items: PledgeDto[]; side: "made" | "received" }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map((p) => (
        <li key={p.slug} className={row}>
          <div className="min-w-0 space-y-1">
            <Link prefetch={false} href={pledgeHref(p)} className="font-medium underline decoration-slate-400 hover:decoration-2">
              {p.title}
            </Link>
            <p className={muted}>
              {side === "made" ? (
                <>
                  To{" "}
                  {p.recipients.map((r, i) => (
                    <span key={r.slug}>
                      <ActorLink actor={r} />
                      {i < p.recipients.length - 1 ? ", " : null}
                    </span>
                  ))}
                </>
              ) : (
                <>
                  From <ActorLink actor={p.donor} />
                </>
              )}{" "}
              · Value: <PledgeValue pledge={p} />
            </p>
          </div>
          <div className="flex items-center gap-2 sm:flex-col sm:items-end">
            <EnumBadge value={p.status} />
            <span className={`${muted} tabular-nums`}>{p.date ? <DateText value={p.date} /> : "Not dated"}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Events the actor took part in, oldest first, with its role. */
export function ProfileEvents({ items }: { items: ActorProfile["events"] }) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map(({ event, roles }) => (
        <li key={event.slug} className="grid gap-1 py-3 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-4">
          <span className={`${muted} tabular-nums`}>
            <DateText value={event.date} end={event.endDate} />
          </span>
          <div className="min-w-0 space-y-1">
            <Link prefetch={false} href={eventHref(event)} className="font-medium underline decoration-slate-400 hover:decoration-2">
              {event.title}
            </Link>
            <p className="flex flex-wrap items-center gap-1.5 text-sm">
              <Badge>{labelOf(event.kind)}</Badge>
              <span className="text-slate-600 dark:text-slate-400">as {roles.map((r) => labelOf(r).toLowerCase()).join(", ")}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
