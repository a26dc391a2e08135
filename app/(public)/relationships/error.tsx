"use client";

export default function RelationshipsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">The relationships could not be loaded</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The database did not answer in time. Your link and filters are fine — please try again in a moment.
      </p>
      <button type="button" onClick={reset} className="rounded bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
        Try again
      </button>
    </div>
  );
}
