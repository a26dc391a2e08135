/** A titled section of the deal page; the id doubles as an anchor for "one click away" links. */
export function Section({ id, title, children, className = "" }: { id: string; title: string; children: React.ReactNode; className?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`scroll-mt-4 space-y-3 ${className}`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A link to the record-level evidence further down, for facts the sources support as a whole. */
export function EvidenceLink() {
  return (
    <a href="#record-evidence" className="text-xs font-medium text-accent-600 hover:underline dark:text-sky-400">
      Evidence
    </a>
  );
}
