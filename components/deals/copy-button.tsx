"use client";

import { useEffect, useState } from "react";

/**
 * Copies `text` to the clipboard. Rendered only once JavaScript runs: without it the text stays
 * visible and selectable, and no dead button is shown.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState("");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- show the button only after hydration
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied");
    } catch {
      setStatus("Copy failed: select the text instead");
    }
    setTimeout(() => setStatus(""), 2500);
  }

  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {status}
      </span>
    </span>
  );
}
