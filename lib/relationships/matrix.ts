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
  /** Nodes of the graph left out of the matrix (it shows the most involved ones). */
  omitted: number;
}

/** Most rows (and columns) by default. */
export const MATRIX_LIMIT = 40;
/**
 * What the page shows: at most 20 rows (400 cells; the seed data has 19 nodes with organisations), and
 * at most 60 ties among them — each is a linked cell, twice (above and below the diagonal), so a dense
 * network (every country tied to every other at scale) gets fewer rows and the page stays light.
 */
export const PAGE_MATRIX_LIMIT = 20;
export const MATRIX_TIE_BUDGET = 60;

/** The most involved nodes, up to `limit`, as long as the ties among them stay within `tieBudget`. */
function matrixNodes(graph: GraphSummary, limit: number, tieBudget: number): GraphNode[] {
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, new Set()).get(e.source)!).add(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, new Set()).get(e.target)!).add(e.source);
  }
  const chosen: GraphNode[] = [];
  const keys = new Set<string>();
  let ties = 0;
  for (const node of graph.nodes) {
    if (chosen.length >= limit) break;
    const added = [...(neighbours.get(node.key) ?? [])].filter((k) => keys.has(k)).length;
    if (ties + added > tieBudget) break;
    ties += added;
    chosen.push(node);
    keys.add(node.key);
  }
  return chosen;
}

/** The matrix of the most involved nodes; the page passes MATRIX_TIE_BUDGET, no budget by default. */
export function buildMatrix(graph: GraphSummary, limit = MATRIX_LIMIT, tieBudget = Infinity): Matrix {
  const nodes = matrixNodes(graph, limit, tieBudget);
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
