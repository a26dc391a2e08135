import Link from "next/link";
import type { ActorRef } from "@/lib/data/shared";
import { flagOf } from "@/lib/format";
import { actorHref } from "@/lib/links";

/** An actor's name, with its country's flag (decorative), linking to its profile. */
export function ActorLink({ actor, className = "" }: { actor: ActorRef; className?: string }) {
  const flag = flagOf(actor.countryCode);
  return (
    <Link prefetch={false} href={actorHref(actor.slug)} className={`text-slate-900 underline decoration-slate-300 hover:decoration-slate-700 dark:text-slate-100 dark:decoration-slate-600 dark:hover:decoration-slate-300 ${className}`}>
      {flag ? (
        <span aria-hidden="true" className="mr-1 no-underline">
          {flag}
        </span>
      ) : null}
      {actor.name}
    </Link>
  );
}
