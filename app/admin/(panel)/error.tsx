"use client";

export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">This admin page could not be loaded</h1>
      <p className="text-slate-700 dark:text-slate-300">Nothing was changed. The database may be busy — try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
        Try again
      </button>
    </div>
  );
}
