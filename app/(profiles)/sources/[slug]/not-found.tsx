import Link from "next/link";

export default function SourceNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">No such source</h1>
      <p className="text-slate-700 dark:text-slate-300">The tracker has no source at this address. It may have been renamed, or the link may be mistyped.</p>
      <p>
        <Link href="/sources" className="font-medium text-accent-600 underline dark:text-sky-400">
          Browse all sources
        </Link>
      </p>
    </div>
  );
}
