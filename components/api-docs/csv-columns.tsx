import { csvColumns, csvEntities } from "@/lib/export/columns";
import { Code } from "./code-block";

/** One disclosure per CSV file, listing its columns in order (readable without JavaScript). */
export function CsvColumnList() {
  return (
    <ul className="space-y-2">
      {csvEntities.map((entity) => (
        <li key={entity} className="rounded-lg border border-slate-200 dark:border-slate-800">
          <details>
            <summary className="cursor-pointer px-4 py-3">
              <a href={`/api/v1/${entity}.csv`} className="font-medium text-accent-600 dark:text-sky-400">
                {entity}.csv
              </a>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">— {csvColumns[entity].length} columns</span>
            </summary>
            <div className="overflow-x-auto px-4 pb-4">
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
