// The adjacency matrix: the accessible twin of the network, built from the same Graph so every cell
// shows exactly the count the corresponding edge carries.
import type { EdgeSummary, GraphNode, GraphSummary } from "./graph";

export interface MatrixCell {
  count: number;
  /** 0 (none) to 4 (the strongest tie in the view): the heat-map shade. */
  level: 0 | 1 | 2 | 3 | 4;
  edge: EdgeSummary | null;
}

export interface Matrix {
  nodes: GraphNode[];
  rows: MatrixCell[][];
  /** Nodes of the graph left out of the matrix (it shows the most involved `limit`). */
  omitted: number;
}

export const MATRIX_LIMIT = 40;

export function buildMatrix(graph: GraphSummary, limit = MATRIX_LIMIT): Matrix {
  const nodes = graph.nodes.slice(0, limit);
  const edges = new Map(graph.edges.map((e) => [`${e.source}|${e.target}`, e]));
  const max = Math.max(1, ...graph.edges.map((e) => e.count));
  const rows = nodes.map((a) =>
    nodes.map((b): MatrixCell => {
      const edge = edges.get(`${a.key}|${b.key}`) ?? edges.get(`${b.key}|${a.key}`) ?? null;
      if (!edge || a.key === b.key) return { count: 0, level: 0, edge: null };
      const level = Math.min(4, Math.max(1, Math.ceil((edge.count / max) * 4))) as 1 | 2 | 3 | 4;
      return { count: edge.count, level, edge };
    }),
  );
  return { nodes, rows, omitted: graph.nodes.length - nodes.length };
}
