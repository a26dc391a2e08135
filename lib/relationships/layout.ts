// Deterministic force layout, computed on the server: d3-force with a seeded random source, nodes
// placed in a fixed order (most involved first, so hubs start near the centre) and a fixed number of
// ticks. The same graph gives the same coordinates on every request; the result is cached by the
// graph's shape.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { GraphSummary, NodeKey } from "./graph";
import { displayLabel, placeLabels, type LabelBox, type PlacedLabel } from "./labels";

export const VIEW_WIDTH = 1000;
export const VIEW_HEIGHT = 640;
/** Space kept free around the drawing for labels. */
const MARGIN = { x: 70, y: 28 };

export interface LaidOutNode {
  key: NodeKey;
  x: number;
  y: number;
  r: number;
  /** Full name beside the node on wide screens, when it fits without overlapping. */
  label: PlacedLabel | null;
  /** Short code (GB, UA) on narrow screens, when it fits. */
  shortLabel: PlacedLabel | null;
  /** Where the name appears on hover or focus when it is not always shown. */
  hoverLabel: PlacedLabel;
}

export interface Layout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  /** Font sizes in view-box units: the desktop labels and the phone labels. */
  fontSize: number;
  shortFontSize: number;
}

/** mulberry32: a small seeded PRNG, so d3-force's jiggle is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimNode extends SimulationNodeDatum {
  key: NodeKey;
  r: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function radiusScale(nodeCount: number, maxInvolvement: number): (involvement: number) => number {
  const rMax = nodeCount <= 30 ? 26 : nodeCount <= 80 ? 18 : 12;
  const rMin = nodeCount <= 80 ? 6 : 3.5;
  return (involvement) => rMin + (rMax - rMin) * Math.sqrt(involvement / Math.max(1, maxInvolvement));
}

export const TICKS = 300;
/** How much more one axis may be stretched than the other when fitting the drawing to the frame. */
const STRETCH = 1.6;

function simulate(graph: GraphSummary, seed: number): SimNode[] {
  const maxInvolvement = Math.max(1, ...graph.nodes.map((n) => n.involvement));
  const radius = radiusScale(graph.nodes.length, maxInvolvement);
  // Fixed order (graph.nodes is sorted by involvement, then name), so the phyllotaxis start is stable.
  const nodes: SimNode[] = graph.nodes.map((n) => ({ key: n.key, r: radius(n.involvement) }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const strengthOf = new Map(graph.edges.map((e) => [`${e.source}|${e.target}`, e.strength]));
  const big = nodes.length > 80;
  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(seededRandom(seed))
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.key)
        .distance((l) => {
          const s = strengthOf.get(`${(l.source as SimNode).key}|${(l.target as SimNode).key}`) ?? 1;
          return (big ? 40 : 120) / Math.sqrt(1 + Math.log1p(s)) + (l.source as SimNode).r + (l.target as SimNode).r;
        }),
    )
    .force(
      "charge",
      forceManyBody<SimNode>().strength((d) => (big ? -40 : -260) - d.r * 6),
    )
    .force("collide", forceCollide<SimNode>((d) => d.r + (big ? 3 : 10)).iterations(2))
    // A gentle pull to the centre keeps separate clusters (China–Russia) in the picture.
    .force("x", forceX<SimNode>(0).strength(big ? 0.03 : 0.07))
    .force("y", forceY<SimNode>(0).strength(big ? 0.05 : 0.08))
    .stop();
  simulation.tick(TICKS);
  return nodes;
}

function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

const cache = new Map<string, Layout>();
const CACHE_SIZE = 32;

function cacheKey(graph: GraphSummary, seed: number): string {
  const nodes = graph.nodes.map((n) => `${n.key}:${n.involvement}:${n.label}`).join(",");
  const edges = graph.edges.map((e) => `${e.key}:${e.strength.toFixed(3)}`).join(",");
  return `${seed}|${nodes}|${edges}`;
}

export function layoutGraph(graph: GraphSummary, seed = 20230211): Layout {
  const key = cacheKey(graph, seed);
  const hit = cache.get(key);
  if (hit) return hit;
  const layout = computeLayout(graph, seed);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, layout);
  return layout;
}

export function computeLayout(graph: GraphSummary, seed: number): Layout {
  const width = VIEW_WIDTH;
  const height = VIEW_HEIGHT;
  const fontSize = graph.nodes.length > 80 ? 12 : 14;
  const shortFontSize = graph.nodes.length > 80 ? 30 : 34;
  if (graph.nodes.length === 0) return { width, height, nodes: [], fontSize, shortFontSize };
  const sim = simulate(graph, seed);

  // Fit the drawing into the view box. The longer side may stretch up to STRETCH times more than the
  // other, to fill the frame: distances only grow, so nothing that was apart comes to overlap.
  const minX = Math.min(...sim.map((n) => n.x! - n.r));
  const maxX = Math.max(...sim.map((n) => n.x! + n.r));
  const minY = Math.min(...sim.map((n) => n.y! - n.r));
  const maxY = Math.max(...sim.map((n) => n.y! + n.r));
  const fitX = (width - 2 * MARGIN.x) / Math.max(1, maxX - minX);
  const fitY = (height - 2 * MARGIN.y) / Math.max(1, maxY - minY);
  const scale = Math.min(fitX, fitY, 4);
  const sx = Math.min(fitX, scale * STRETCH, 4);
  const sy = Math.min(fitY, scale * STRETCH, 4);
  const offsetX = (width - (maxX - minX) * sx) / 2 - minX * sx;
  const offsetY = (height - (maxY - minY) * sy) / 2 - minY * sy;
  // Radii shrink with the drawing but never grow with it.
  const rScale = Math.min(1, scale);
  const placed = sim.map((n) => {
    const r = Math.max(2.5, n.r * rScale);
    // Keep the circle inside the frame after stretching (its bounding box was fitted at radius n.r * sx).
    const x = Math.min(width - r, Math.max(r, n.x! * sx + offsetX));
    const y = Math.min(height - r, Math.max(r, n.y! * sy + offsetY));
    return { key: n.key, x: round(x), y: round(y), r: round(r) };
  });

  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const obstacles: LabelBox[] = placed.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const bounds = { width, height };
  // Most involved first: they get their labels; the rest show theirs on hover and focus.
  const wide = placeLabels(
    placed.map((n) => ({ ...n, text: displayLabel(byKey.get(n.key)!.label) })),
    { fontSize, measure: labelWidth, obstacles, bounds, maxLabels: graph.nodes.length > 80 ? 45 : 60, insist: 8 },
  );
  const narrow = placeLabels(
    placed.map((n) => ({ ...n, text: byKey.get(n.key)!.short })),
    { fontSize: shortFontSize, measure: labelWidth, obstacles, bounds, maxLabels: graph.nodes.length > 80 ? 18 : 30, insist: 5 },
  );
  const nodes = placed.map((n, i) => ({
    ...n,
    label: wide.placed[i] ?? null,
    shortLabel: narrow.placed[i] ?? null,
    hoverLabel: wide.placed[i] ?? wide.fallback[i]!,
  }));
  return { width, height, nodes, fontSize, shortFontSize };
}
