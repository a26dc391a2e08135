import { collections, parameterDescriptions } from "@/lib/api/openapi";
import { Code } from "./code-block";

/** Query parameters and the collections that accept each, read off the API's query schemas. */
export function ParameterTable() {
  const names = [...new Set(collections.flatMap((c) => Object.keys(c.query.shape)))];
  return (
    <div className="overflow-x-auto" role="region" aria-label="Query parameters, scrollable" tabIndex={0}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Query parameters of the list endpoints</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Parameter
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Meaning
            </th>
            <th scope="col" className="py-2 font-semibold">
              Accepted by
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-900">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Code>{name}</Code>
              </th>
              <td className="py-2 pr-4 text-slate-700 dark:text-slate-300">{parameterDescriptions[name]}</td>
              <td className="py-2 text-slate-700 dark:text-slate-300">
                {collections.filter((c) => name in c.query.shape).length === collections.length
                  ? "all"
                  : collections
                      .filter((c) => name in c.query.shape)
                      .map((c) => c.name)
                      .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
