export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        <p>
          Every record is drawn from a published source and carries a verbatim quote as evidence. Dates are shown with the
          precision the sources give; values not made public are shown as undisclosed.
        </p>
      </div>
    </footer>
  );
}
