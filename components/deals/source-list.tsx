import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import type { SourceUse } from "@/lib/data/agreement-page";

/** The sources behind the record: publisher, date, title, and how often each is quoted. */
export function SourceList({ sources }: { sources: SourceUse[] }) {
  return (
    <ol className="list-decimal space-y-2 pl-5">
      {sources.map(({ source, quotes }) => (
        <li key={source.slug}>
          <span className="font-medium">{source.publisher ?? "Unknown publisher"}</span>
          {source.publishedAt ? (
            <>
              , <DateText value={source.publishedAt} />
            </>
          ) : null}
          : <Link href={`/sources/${source.slug}`} className="text-accent-700 underline dark:text-sky-300">{source.title}</Link>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {" "}
            — quoted {quotes} {quotes === 1 ? "time" : "times"}
          </span>
          {source.url ? (
            <>
              {" "}
              <a href={source.url} className="break-all text-sm text-slate-600 underline dark:text-slate-400" rel="noopener noreferrer">
                original article
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
