import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CappedNote } from "@/components/relationships/capped-note";
import { capGraph, DRAW_EDGE_LIMIT, DRAW_NODE_LIMIT } from "@/lib/relationships/cap";
import { buildGraph } from "@/lib/relationships/graph";
import { computeLayout } from "@/lib/relationships/layout";
import { buildMatrix, MATRIX_TIE_BUDGET, PAGE_MATRIX_LIMIT } from "@/lib/relationships/matrix";
import { syntheticGraphInput } from "@/lib/relationships/synthetic";

const small = buildGraph(syntheticGraphInput({ nodes: 16, edges: 30, extraRecords: 20, seed: 7 }));
const large = buildGraph(syntheticGraphInput());

describe("capGraph", () => {
  it("draws a graph that fits whole, as the same object, with nothing to say", () => {
    const drawn = capGraph(small);
    expect(drawn.graph).toBe(small);
    expect(drawn.capped).toBeNull();
  });

  it("draws only the most involved nodes and the strongest ties among them, and says how many there were", () => {
    expect(large.nodes.length).toBeGreaterThan(DRAW_NODE_LIMIT);
    const drawn = capGraph(large);
    expect(drawn.capped).toMatchObject({ nodes: 200, edges: 2000 });
    expect(drawn.graph.nodes.map((n) => n.key)).toEqual(large.nodes.slice(0, DRAW_NODE_LIMIT).map((n) => n.key));
    expect(drawn.graph.edges.length).toBeLessThanOrEqual(DRAW_EDGE_LIMIT);
    const kept = new Set(drawn.graph.nodes.map((n) => n.key));
    const among = large.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    expect(among.length).toBeGreaterThan(DRAW_EDGE_LIMIT);
    expect(drawn.graph.edges).toEqual(among.slice(0, DRAW_EDGE_LIMIT));
    expect(drawn.capped!.tiesAmongDrawn).toBe(among.length);
    expect(drawn.graph.recordCount).toBe(large.recordCount);
  });

  it("caps ties alone when the nodes fit", () => {
    const drawn = capGraph(small, 100, 10);
    expect(drawn.graph.nodes).toHaveLength(small.nodes.length);
    expect(drawn.graph.edges).toEqual(small.edges.slice(0, 10));
    expect(drawn.capped).toEqual({ nodes: small.nodes.length, edges: small.edges.length, tiesAmongDrawn: small.edges.length });
  });

  it("lays out the capped drawing of a large view with every drawn edge's ends placed", () => {
    const drawn = capGraph(large).graph;
    const layout = computeLayout(drawn, 1);
    const placed = new Set(layout.nodes.map((n) => n.key));
    expect(layout.nodes).toHaveLength(DRAW_NODE_LIMIT);
    expect(drawn.edges.every((e) => placed.has(e.source) && placed.has(e.target))).toBe(true);
  });
});

describe("buildMatrix with a tie budget", () => {
  it("keeps every node of a small view", () => {
    const matrix = buildMatrix(small, PAGE_MATRIX_LIMIT, MATRIX_TIE_BUDGET);
    expect(matrix.nodes).toHaveLength(small.nodes.length);
    expect(matrix.omitted).toBe(0);
  });

  it("stops adding the most involved nodes before the ties among them pass the budget", () => {
    const matrix = buildMatrix(large, PAGE_MATRIX_LIMIT, 30);
    const keys = new Set(matrix.nodes.map((n) => n.key));
    const ties = large.edges.filter((e) => keys.has(e.source) && keys.has(e.target)).length;
    expect(ties).toBeLessThanOrEqual(30);
    expect(matrix.nodes.map((n) => n.key)).toEqual(large.nodes.slice(0, matrix.nodes.length).map((n) => n.key));
    // One more node would have gone over the budget.
    const next = new Set([...keys, large.nodes[matrix.nodes.length]!.key]);
    expect(large.edges.filter((e) => next.has(e.source) && next.has(e.target)).length).toBeGreaterThan(30);
    expect(matrix.omitted).toBe(200 - matrix.nodes.length);
    expect(matrix.rows.flat().filter((c) => c.count > 0)).toHaveLength(2 * ties);
  });
});

describe("the note above a capped drawing", () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, "");

  it("names how many of how many actors are drawn, and how to see the others", () => {
    const drawn = capGraph(large);
    const html = renderToStaticMarkup(createElement(CappedNote, { drawn: drawn.graph, capped: drawn.capped!, what: "countries" }));
    const among = drawn.capped!.tiesAmongDrawn.toLocaleString("en-GB");
    expect(text(html)).toContain(`Showing the ${DRAW_NODE_LIMIT} most involved of 200 countries and the ${DRAW_EDGE_LIMIT} strongest of the ${among} ties among them — filter`);
  });

  it("says all ties among the drawn nodes are drawn when they fit", () => {
    const drawn = capGraph(large, 5, 1000);
    const html = renderToStaticMarkup(createElement(CappedNote, { drawn: drawn.graph, capped: drawn.capped!, what: "countries" }));
    expect(text(html)).toContain(`Showing the 5 most involved of 200 countries and the ${drawn.graph.edges.length} ties among them — filter`);
  });

  it("names the ties alone when only they are cut, with thousands separators", () => {
    const html = renderToStaticMarkup(
      createElement(CappedNote, { drawn: { ...small, edges: small.edges.slice(0, 10) }, capped: { nodes: small.nodes.length, edges: 11084, tiesAmongDrawn: 11084 }, what: "countries" }),
    );
    expect(text(html)).toContain("Showing the 10 strongest of 11,084 ties — filter");
  });
});
