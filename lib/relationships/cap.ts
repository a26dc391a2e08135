// What the network drawing shows when the view is large: the most involved nodes and the strongest
// ties among them, so the layout, the SVG and the page stay bounded at any data size (at 100× the
// seed, 3,361 actors and 11,084 ties with organisations shown). The page says what was left out; the
// summary line and the strongest-ties list still count the whole view, and the filters narrow it.
import type { GraphSummary } from "./graph";

/** Most nodes drawn; the seed data has 10 countries, 19 nodes with organisations. */
export const DRAW_NODE_LIMIT = 50;
/** Most ties drawn (the strongest among the drawn nodes). */
export const DRAW_EDGE_LIMIT = 100;

export interface DrawnGraph {
  graph: GraphSummary;
  /**
   * Nodes and ties of the whole view, and the ties among the drawn nodes (some left out when more than
   * the edge limit), when something is not drawn; null when everything is.
   */
  capped: { nodes: number; edges: number; tiesAmongDrawn: number } | null;
}

/** The part of a graph to draw: the graph itself when it fits, else its top nodes and strongest ties among them. */
export function capGraph(graph: GraphSummary, nodeLimit = DRAW_NODE_LIMIT, edgeLimit = DRAW_EDGE_LIMIT): DrawnGraph {
  if (graph.nodes.length <= nodeLimit && graph.edges.length <= edgeLimit) return { graph, capped: null };
  // Nodes are sorted by involvement and edges by strength (assembleGraph), so prefixes are the top ones.
  const nodes = graph.nodes.slice(0, nodeLimit);
  const kept = new Set(nodes.map((n) => n.key));
  const among = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return {
    graph: { nodes, edges: among.slice(0, edgeLimit), recordCount: graph.recordCount },
    capped: { nodes: graph.nodes.length, edges: graph.edges.length, tiesAmongDrawn: among.length },
  };
}
