// Greedy label placement: nodes in priority order each try four spots (right, left, above, below)
// and take the first that overlaps no node, no earlier label and stays inside the view box.
// The most important nodes may, failing that, put their label over other nodes (it has a halo).
// Labels that find no spot are not drawn; their name shows on hover and focus instead.

/** A name short enough to sit in the drawing: parentheses dropped, cut at a word near 30 characters. */
export function displayLabel(name: string, max = 30): string {
  const plain = name.replace(/\s*\(.*?\)\s*/g, " ").trim() || name;
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLabel {
  /** Text anchor point (SVG x/y of the <text>, baseline). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: LabelBox;
}

export interface LabelRequest {
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface LabelOptions {
  fontSize: number;
  measure: (text: string, fontSize: number) => number;
  obstacles: LabelBox[];
  bounds: { width: number; height: number };
  maxLabels: number;
  /** The first `insist` nodes may put their label over other nodes (never over labels) when no free spot exists. */
  insist?: number;
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function candidates(node: LabelRequest, w: number, fontSize: number): PlacedLabel[] {
  const gap = 3;
  const h = fontSize * 1.1;
  const baseline = fontSize * 0.35;
  const right: PlacedLabel = {
    x: node.x + node.r + gap,
    y: node.y + baseline,
    anchor: "start",
    box: { x: node.x + node.r + gap, y: node.y - h / 2, w, h },
  };
  const left: PlacedLabel = {
    x: node.x - node.r - gap,
    y: node.y + baseline,
    anchor: "end",
    box: { x: node.x - node.r - gap - w, y: node.y - h / 2, w, h },
  };
  const above: PlacedLabel = {
    x: node.x,
    y: node.y - node.r - gap - fontSize * 0.25,
    anchor: "middle",
    box: { x: node.x - w / 2, y: node.y - node.r - gap - h, w, h },
  };
  const below: PlacedLabel = {
    x: node.x,
    y: node.y + node.r + gap + fontSize * 0.85,
    anchor: "middle",
    box: { x: node.x - w / 2, y: node.y + node.r + gap, w, h },
  };
  return [right, left, above, below];
}

function inside(box: LabelBox, bounds: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.w <= bounds.width && box.y + box.h <= bounds.height;
}

/**
 * Places labels for `nodes` (already in priority order). Returns, per node index, the placed label
 * (or undefined) and a fallback spot (the first candidate inside the view box) for hover labels.
 */
export function placeLabels(nodes: LabelRequest[], options: LabelOptions): { placed: (PlacedLabel | undefined)[]; fallback: PlacedLabel[] } {
  const taken: LabelBox[] = [];
  const placed: (PlacedLabel | undefined)[] = [];
  const fallback: PlacedLabel[] = [];
  nodes.forEach((node, index) => {
    const w = options.measure(node.text, options.fontSize);
    const spots = candidates(node, w, options.fontSize);
    fallback.push(spots.find((s) => inside(s.box, options.bounds)) ?? spots[0]!);
    if (taken.length >= options.maxLabels) {
      placed.push(undefined);
      return;
    }
    const free = (s: PlacedLabel) => inside(s.box, options.bounds) && !taken.some((t) => overlaps(s.box, t));
    const spot =
      spots.find((s) => free(s) && !options.obstacles.some((o, i) => i !== index && overlaps(s.box, o))) ??
      (index < (options.insist ?? 0) ? spots.find(free) : undefined);
    if (spot) taken.push(spot.box);
    placed.push(spot);
  });
  return { placed, fallback };
}
