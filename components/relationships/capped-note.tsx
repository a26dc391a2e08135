// Said above the network when the view is too large to draw whole (lib/relationships/cap.ts).
import type { DrawnGraph } from "@/lib/relationships/cap";
import { formatCount } from "@/lib/format";
import type { GraphSummary } from "@/lib/relationships/graph";


export function CappedNote({ drawn, capped, what }: { drawn: GraphSummary; capped: NonNullable<DrawnGraph["capped"]>; what: string }) {
  const nodesCut = drawn.nodes.length < capped.nodes;
  return (
    <p
      role="note"
      data-testid="network-capped"
      className="rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
    >
      {nodesCut ? (
        <>
          Showing the <strong className="tabular-nums">{formatCount(drawn.nodes.length)}</strong> most involved of{" "}
          <strong className="tabular-nums">{formatCount(capped.nodes)}</strong> {what}
          {drawn.edges.length < capped.tiesAmongDrawn
            ? ` and the ${formatCount(drawn.edges.length)} strongest of the ${formatCount(capped.tiesAmongDrawn)} ties among them`
            : ` and the ${formatCount(drawn.edges.length)} ${drawn.edges.length === 1 ? "tie" : "ties"} among them`}
        </>
      ) : (
        <>
          Showing the <strong className="tabular-nums">{formatCount(drawn.edges.length)}</strong> strongest of{" "}
          <strong className="tabular-nums">{formatCount(capped.edges)}</strong> ties
        </>
      )}{" "}
      — filter by kind, status or years to see others. The counts above and the strongest ties cover the whole view.
    </p>
  );
}
