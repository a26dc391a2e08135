/** A block of code or output that scrolls sideways on small screens instead of widening the page. */
export function CodeBlock({ children, label }: { children: string; label: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg bg-slate-100 p-4 text-sm leading-relaxed text-slate-900 dark:bg-slate-900 dark:text-slate-100"
    >
      <code>{children}</code>
    </pre>
  );
}

export function Code({ children }: { children: React.ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] break-words dark:bg-slate-800">{children}</code>;
}
