"use client";

import { useSyncExternalStore } from "react";
import { ACCESS_DATE_PLACEHOLDER, formatApa, formatChicago, longDate } from "@/lib/citation";
import { CopyButton } from "./copy-button";

const subscribe = () => () => {};
/** The reader's own date (their clock, their time zone) once the page runs in their browser; null in the server's HTML. */
function useReadersToday(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    },
    () => null,
  );
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
 * served from the cache to everyone, so the server never writes a date of access into it: without
 * JavaScript the citations say "[date of access]" for the reader to fill in; with it, the reader's own
 * date is filled in (and copied).
 */
export function Citations({ title, url, updatedAt }: { title: string; url: string; updatedAt: string }) {
  const today = useReadersToday();
  const page = { title, url, updatedAt, accessedAt: today };
  return (
    <>
      <Block heading="APA" text={formatApa(page)} copyLabel="Copy APA citation" />
      <Block heading="Chicago" text={formatChicago(page)} copyLabel="Copy Chicago citation" />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {today ? (
          <>
            Accessed <time dateTime={today}>{longDate(today)}</time> (today, by your clock)
          </>
        ) : (
          <>Add the date you accessed this page where it says {ACCESS_DATE_PLACEHOLDER}</>
        )}
        ; record last updated <time dateTime={updatedAt}>{longDate(updatedAt)}</time>.
      </p>
    </>
  );
}
