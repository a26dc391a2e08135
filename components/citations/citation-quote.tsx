import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import type { CitationDto } from "@/lib/data/shared";

/** One verbatim quote with its source: publisher, date and a link to the source page. */
export function CitationQuote({ citation }: { citation: CitationDto }) {
  const { source } = citation;
  return (
    <figure className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
      <blockquote className="text-sm italic text-slate-700 dark:text-slate-300">“{citation.quote}”</blockquote>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        — <Link href={`/sources/${source.slug}`} className="underline hover:text-slate-900 dark:hover:text-white">{source.publisher ?? source.title}</Link>
        {source.publishedAt ? (
          <>
            , <DateText value={source.publishedAt} />
          </>
        ) : null}
        {citation.field ? <span className="ml-1">(supports: {citation.field})</span> : null}
        {citation.note ? <span className="ml-1">— {citation.note}</span> : null}
      </figcaption>
    </figure>
  );
}

/**
 * The evidence for a fact, one click away: a native <details> disclosure, so it works without
 * JavaScript and with the keyboard.
 */
export function Evidence({ citations, label = "Evidence" }: { citations: CitationDto[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <details className="group mt-1 text-sm">
      <summary className="cursor-pointer select-none text-xs font-medium text-accent-600 hover:underline dark:text-sky-400">
        {label} ({citations.length} {citations.length === 1 ? "source quote" : "source quotes"})
      </summary>
      <div className="mt-2 space-y-2">
        {citations.map((c, i) => (
          <CitationQuote key={`${c.source.slug}-${i}`} citation={c} />
        ))}
      </div>
    </details>
  );
}
