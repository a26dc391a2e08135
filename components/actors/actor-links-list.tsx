import { Evidence } from "@/components/citations/citation-quote";
import { linkPhrase, sortLinks, type ActorLinkDto } from "@/lib/actors/describe";
import { ActorLink } from "./actor-link";

/** Ownership, membership, offices and other links, as short sentences with their evidence. */
export function ActorLinksList({ links }: { links: ActorLinkDto[] }) {
  return (
    <ul className="space-y-2">
      {sortLinks(links).map((link, i) => (
        <li key={`${link.type}-${link.direction}-${link.actor.slug}-${i}`} className="text-sm">
          <span className="text-slate-700 dark:text-slate-300">{linkPhrase(link)}</span> <ActorLink actor={link.actor} />
          {link.note ? <span className="text-slate-600 dark:text-slate-400"> — {link.note}</span> : null}
          <Evidence citations={link.citations} />
        </li>
      ))}
    </ul>
  );
}
