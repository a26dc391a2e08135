import Link from "next/link";
import type { CitationDto } from "@/lib/data/shared";
import { sourceHref } from "@/lib/links";

/**
 * The sources a record's quotes come from, once each, as links to the source pages: a light way to
 * trace a record in a long list (the record's own page shows the quotes themselves).
 */
export function SourceLinks({ citations }: { citations: CitationDto[] }) {
  const sources = [...new Map(citations.map((c) => [c.source.slug, c.source])).values()];
  if (sources.length === 0) return null;
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {citations.length} {citations.length === 1 ? "quote" : "quotes"} from{" "}
      {sources.map((s, i) => (
        <span key={s.slug}>
          <Link prefetch={false} href={sourceHref(s.slug)} className="underline">
            {s.publisher ?? s.title}
          </Link>
          {i < sources.length - 1 ? ", " : null}
        </span>
      ))}
    </p>
  );
}
