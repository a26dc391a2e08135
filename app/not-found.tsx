import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-700 dark:text-slate-300">There is no page at this address. It may have been renamed or never existed.</p>
      <p>
        <Link href="/" className="font-medium text-accent-600 underline dark:text-sky-400">
          Go to the overview
        </Link>
      </p>
    </div>
  );
}
