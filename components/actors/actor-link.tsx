import Link from "next/link";
import type { ActorRef } from "@/lib/data/shared";
import { actorHref } from "@/lib/links";

/** An actor's name, linking to its profile. */
export function ActorLink({ actor, className = "" }: { actor: ActorRef; className?: string }) {
  return (
    <Link
      prefetch={false}
      href={actorHref(actor.slug)}
      className={`underline decoration-slate-400 hover:decoration-2 ${className}`}
    >
      {actor.name}
    </Link>
  );
}
