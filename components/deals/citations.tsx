"use client";

import { useSyncExternalStore } from "react";
import { CopyButton } from "./copy-button";

const subscribe = () => () => {};
/** "March 5, 2026" by the reader's own clock once the page runs in their browser; null in the server's HTML. */
function useReadersToday(): { iso: string; label: string } | null {
  const iso = useSyncExternalStore(
    subscribe,
    () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    },
    () => null,
  );
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { iso, label: new Date(y, m - 1, d).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }) };
}

function Block({ heading, text, copyLabel }: { heading: string; text: string; copyLabel: string }) {
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-semibold">{heading}</h3>
      <p className="break-words rounded bg-slate-50 p-2 text-sm dark:bg-slate-900">{text}</p>
      <CopyButton text={text} label={copyLabel} />
    </div>
  );
}

/**
 * APA and Chicago citations with the day the reader accessed the page. The page is rendered once and
 * served from the cache to everyone, so the server never writes a date of access into it: the
 * citations arrive with `placeholder` ("[date of access]"), which is what readers without JavaScript
 * see and fill in; in the browser, the reader's own date takes its place (and is what gets copied).
 */
export function Citations({ apa, chicago, placeholder, updated }: { apa: string; chicago: string; placeholder: string; updated: { iso: string; label: string } }) {
  const today = useReadersToday();
  const fill = (text: string) => (today ? text.replaceAll(placeholder, today.label) : text);
  return (
    <>
      <Block heading="APA" text={fill(apa)} copyLabel="Copy APA citation" />
      <Block heading="Chicago" text={fill(chicago)} copyLabel="Copy Chicago citation" />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {today ? (
          <>
            Accessed <time dateTime={today.iso}>{today.label}</time> (today, by your clock)
          </>
        ) : (
          <>Add the date you accessed this page where it says {placeholder}</>
        )}
        ; record last updated <time dateTime={updated.iso}>{updated.label}</time>.
      </p>
    </>
  );
}
