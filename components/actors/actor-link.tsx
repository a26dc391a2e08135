import Link from "next/link";
import type { ActorRef } from "@/lib/data/shared";
import { actorHref } from "@/lib/links";

/** An actor's name, linking to its profile. */
export function ActorLink({ actor, className = "" }: { actor: ActorRef; className?: string }) {
  return (
    <Link
      prefetch={false}
      href={actorHref(actor.slug)}
      className={`text-slate-900 underline decoration-slate-300 hover:decoration-slate-700 dark:text-slate-100 dark:decoration-slate-600 dark:hover:decoration-slate-300 ${className}`}
    >
      {actor.name}
    </Link>
  );
}
