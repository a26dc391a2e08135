import { ACCESS_DATE_PLACEHOLDER, formatApa, formatChicago, longDate } from "@/lib/citation";
import { Citations } from "./citations";
import { CopyButton } from "./copy-button";

interface CiteBoxProps {
  title: string;
  permalink: string;
  updatedAt: string;
  embedUrl: string;
}

/** "Cite this page": permalink, APA and Chicago citations with the reader's access date, and an embed snippet. */
export function CiteBox({ title, permalink, updatedAt, embedUrl }: CiteBoxProps) {
  // No date of access here: this HTML is cached for every reader (components/deals/citations.tsx fills it in).
  const page = { title, url: permalink, updatedAt, accessedAt: null };
  const embed = `<iframe src="${embedUrl}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="260" style="border:0" loading="lazy"></iframe>`;
  return (
    <section id="cite" aria-labelledby="cite-title" className="cite-box space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="cite-title" className="text-lg font-semibold">
        Cite this page
      </h2>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Permanent link</h3>
        <p className="break-all text-sm">
          <a href={permalink} className="text-accent-700 underline dark:text-sky-300">
            {permalink}
          </a>
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">Keeps working if the deal is renamed.</p>
        <CopyButton text={permalink} label="Copy link" />
      </div>
      <Citations
        apa={formatApa(page)}
        chicago={formatChicago(page)}
        placeholder={ACCESS_DATE_PLACEHOLDER}
        updated={{ iso: updatedAt, label: longDate(updatedAt) }}
      />
      <details className="no-print text-sm">
        <summary className="cursor-pointer text-xs font-medium text-accent-600 hover:underline dark:text-sky-400">Embed this deal in an article</summary>
        <p className="mt-2 break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">{embed}</p>
        <CopyButton text={embed} label="Copy embed code" />
      </details>
    </section>
  );
}
