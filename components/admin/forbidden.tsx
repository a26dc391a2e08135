/** Shown to a signed-in editor on an admin-only page. */
export function Forbidden({ what }: { what: string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-2 py-12 text-center">
      <h1 className="text-2xl font-semibold">Admins only</h1>
      <p className="text-slate-700 dark:text-slate-300">{what} needs the admin role. Ask an admin if you need something from here.</p>
    </div>
  );
}
