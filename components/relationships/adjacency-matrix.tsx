// The adjacency matrix: the network as a table, for screen readers, keyboards and anyone who wants
// exact numbers. Built from the same Graph as the drawing, so every cell shows its edge's count.
import type { Matrix, MatrixCell } from "@/lib/relationships/matrix";
import { edgeSummary } from "@/lib/relationships/summary";

const shade: Record<MatrixCell["level"], string> = {
  0: "",
  1: "bg-sky-100 text-slate-900 dark:bg-sky-950 dark:text-sky-100",
  2: "bg-sky-200 text-slate-900 dark:bg-sky-900 dark:text-white",
  3: "bg-sky-400 text-slate-950 dark:bg-sky-700 dark:text-white",
  4: "bg-sky-700 text-white dark:bg-sky-400 dark:text-slate-950",
};

export function AdjacencyMatrix({ matrix }: { matrix: Matrix }) {
  const { nodes, rows } = matrix;
  return (
    <div className="space-y-2">
      {matrix.omitted > 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The table shows the {nodes.length} most involved of {(nodes.length + matrix.omitted).toLocaleString("en-GB")}; narrow the filters to see the others here, or open them
          from the network.
        </p>
      ) : null}
      <div
        role="region"
        aria-label="Adjacency matrix, scrolls sideways"
        tabIndex={0}
        className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      >
        <table className="border-collapse text-sm tabular-nums" data-testid="adjacency-matrix">
          <caption className="sr-only">
            Number of agreements and pledges between each pair; each row and column is a{" "}
            {nodes.some((n) => n.type === "organisation") ? "country or organisation" : "country"}.
          </caption>
          <thead>
            <tr>
              <td className="sticky left-0 z-10 bg-white dark:bg-slate-950" />
              {nodes.map((n) => (
                <th
                  key={n.key}
                  scope="col"
                  title={n.label}
                  className="min-w-9 border-b border-slate-200 px-1 py-2 text-center text-xs font-semibold dark:border-slate-800"
                >
                  <span aria-hidden="true">{n.short}</span>
                  <span className="sr-only">{n.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {nodes.map((row, i) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 whitespace-nowrap border-r border-slate-200 bg-white px-2 py-1 text-left font-medium dark:border-slate-800 dark:bg-slate-950"
                >
                  {row.label}
                </th>
                {rows[i]!.map((cell, j) => {
                  if (i === j)
                    return (
                      <td key={j} className="bg-slate-100 text-center text-slate-500 dark:bg-slate-800 dark:text-slate-400">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">same</span>
                      </td>
                    );
                  if (!cell.edge)
                    return (
                      <td key={j} className="text-center text-slate-400 dark:text-slate-600">
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">0</span>
                      </td>
                    );
                  const summary = edgeSummary(cell.edge, row, nodes[j]!);
                  return (
                    <td key={j} className={`p-0 text-center font-semibold ${shade[cell.level]}`}>
                      {cell.edge.href ? (
                        <a
                          href={cell.edge.href}
                          aria-label={summary}
                          title={summary}
                          className="block px-1.5 py-1 text-inherit no-underline hover:underline"
                        >
                          {cell.count}
                        </a>
                      ) : (
                        <span title={summary} className="block px-1.5 py-1">
                          {cell.count}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
