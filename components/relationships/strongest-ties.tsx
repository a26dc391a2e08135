import type { GraphSummary } from "@/lib/relationships/graph";
import { EDGE_KINDS, edgeKindInfo, edgeKindSwatch } from "@/lib/relationships/kinds";
import { countPhrase, usdPhrase } from "@/lib/relationships/summary";

/** The strongest ties of the current view, as a plain list of links to their pair pages. */
export function StrongestTies({ graph, limit = 8 }: { graph: GraphSummary; limit?: number }) {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
  const edges = graph.edges.slice(0, limit);
  return (
    <div className="space-y-2 text-sm">
      <h3 className="font-semibold">Strongest ties</h3>
      <ol className="space-y-1.5">
        {edges.map((edge) => {
          const name = `${labels.get(edge.source)} – ${labels.get(edge.target)}`;
          return (
            <li key={edge.key} className="flex items-start justify-between gap-3">
              <span className="min-w-0">
                {edge.href ? (
                  <a href={edge.href} className="font-medium text-accent-600 underline dark:text-sky-400">
                    {name}
                  </a>
                ) : (
                  <span className="font-medium">{name}</span>
                )}
                <span className="ml-2 inline-flex gap-0.5 align-middle" aria-hidden="true">
                  {EDGE_KINDS.filter((k) => edge.byKind[k]).map((k) => (
                    <span key={k} title={edgeKindInfo[k].label} className={`inline-block h-1.5 w-3 rounded-full ${edgeKindSwatch[k]}`} />
                  ))}
                </span>
              </span>
              <span className="shrink-0 text-right tabular-nums text-slate-700 dark:text-slate-300">
                {countPhrase(edge.count)}
                {edge.usd > 0 ? <span className="block text-xs text-slate-600 dark:text-slate-400">{usdPhrase(edge.usd)} known</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
