import { csvColumns, csvEntities } from "@/lib/export/columns";
import { Code } from "./code-block";

/** One disclosure per CSV file, listing its columns in order (readable without JavaScript). */
export function CsvColumnList() {
  return (
    <ul className="space-y-2">
      {csvEntities.map((entity) => (
        <li key={entity} className="rounded-lg border border-slate-200 dark:border-slate-800">
          <p className="px-4 pt-3">
            <a href={`/api/v1/${entity}.csv`} className="font-medium text-accent-600 underline dark:text-sky-400">
              {entity}.csv
            </a>
          </p>
          <details>
            <summary className="cursor-pointer px-4 py-2 text-sm text-slate-700 dark:text-slate-300">
              Columns of {entity}.csv ({csvColumns[entity].length})
            </summary>
            <div className="overflow-x-auto px-4 pb-4" role="region" aria-label={`Columns of ${entity}.csv, scrollable`} tabIndex={0}>
              <table className="w-full text-left text-sm" aria-label={`Columns of ${entity}.csv`}>
                <thead>
                  <tr className="border-b border-slate-200 dark:border-slate-800">
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      Column
                    </th>
                    <th scope="col" className="py-2 font-semibold">
                      Meaning
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {csvColumns[entity].map((column) => (
                    <tr key={column.name} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-900">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        <Code>{column.name}</Code>
                      </th>
                      <td className="py-2 text-slate-700 dark:text-slate-300">{column.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
