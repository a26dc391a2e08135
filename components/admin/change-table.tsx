import { labelPath, type Change } from "@/lib/admin/values";

/** Field-by-field before/after of one change. */
export function ChangeTable({ changes, labels, caption }: { changes: Change[]; labels?: Record<string, string>; caption?: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[28rem] table-fixed border-collapse text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="w-1/4 py-1 pr-2 font-medium">
              Field
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Before
            </th>
            <th scope="col" className="py-1 font-medium">
              After
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-1 pr-2 font-normal text-slate-700 dark:text-slate-300">
                {labelPath(c.path, labels)}
              </th>
              <td className="py-1 pr-2 break-words whitespace-pre-wrap text-red-800 dark:text-red-300">
                <del className="no-underline">{c.before}</del>
              </td>
              <td className="py-1 break-words whitespace-pre-wrap text-green-800 dark:text-green-300">
                <ins className="no-underline">{c.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
