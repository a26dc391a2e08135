// The relationship network as inline SVG, rendered on the server from a precomputed layout: it
// shows without JavaScript and in screenshots. Every node and edge is a link with a summary as its
// tooltip (<title>) and accessible name; hover and focus highlight it with CSS only.
import type { EdgeSummary, GraphNode, GraphSummary } from "@/lib/relationships/graph";
import { EDGE_KINDS, type EdgeKind } from "@/lib/relationships/kinds";
import { strengthOf } from "@/lib/relationships/graph";
import type { LaidOutNode, Layout } from "@/lib/relationships/layout";
import { displayLabel, type PlacedLabel } from "@/lib/relationships/labels";
import { edgeSummary, nodeSummary } from "@/lib/relationships/summary";
import styles from "./network-graph.module.css";

interface Props {
  graph: GraphSummary;
  layout: Layout;
  /** Id of the element that names the figure. */
  labelledBy: string;
}

function edgeWidth(edge: EdgeSummary, big: boolean): number {
  // Close to linear, so a tie of 13 records looks clearly stronger than one of 2.
  return big ? Math.min(5, 0.4 + 0.35 * edge.strength) : Math.min(16, 1.5 + 0.9 * edge.strength);
}

/** Side-by-side strands, one per kind, each as wide as its share of the tie. */
function strands(edge: EdgeSummary, width: number): { kind: EdgeKind; offset: number; width: number }[] {
  const parts = EDGE_KINDS.filter((k) => edge.byKind[k]).map((k) => ({
    kind: k,
    s: strengthOf(edge.byKind[k]!.count, edge.byKind[k]!.usd),
  }));
  const total = parts.reduce((sum, p) => sum + p.s, 0);
  let cursor = -width / 2;
  return parts.map((p) => {
    const w = Math.max(0.8, (width * p.s) / total);
    const offset = cursor + w / 2;
    cursor += w;
    return { kind: p.kind, offset, width: w };
  });
}

function dominantKind(edge: EdgeSummary): EdgeKind {
  return EDGE_KINDS.filter((k) => edge.byKind[k]).sort((x, y) => edge.byKind[y]!.count - edge.byKind[x]!.count)[0]!;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function EdgeShape({ edge, a, b, big }: { edge: EdgeSummary; a: LaidOutNode; b: LaidOutNode; big: boolean }) {
  const width = edgeWidth(edge, big);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / length;
  const ny = (b.x - a.x) / length;
  return (
    <>
      {/* A wider invisible line to hover, and a dark halo shown on hover and focus (small graphs only: at scale they would double the markup). */}
      {big ? null : <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="transparent" strokeWidth={Math.max(12, width + 6)} />}
      {big ? null : <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={r1(width + 8)} strokeLinecap="round" className={styles.halo} />}
      {big ? (
        // At scale, strands would be thinner than a pixel: one line in the colour of the strongest kind.
        <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={r1(width)} stroke={`var(--k-${dominantKind(edge)})`} className={styles.strands} />
      ) : (
        <g className={styles.strands}>
          {strands(edge, width).map((s) => (
            <line
              key={s.kind}
              x1={r1(a.x + nx * s.offset)}
              y1={r1(a.y + ny * s.offset)}
              x2={r1(b.x + nx * s.offset)}
              y2={r1(b.y + ny * s.offset)}
              strokeWidth={r1(s.width)}
              stroke={`var(--k-${s.kind})`}
            />
          ))}
        </g>
      )}
    </>
  );
}

const labelText = "fill-slate-900 stroke-white [paint-order:stroke] dark:fill-slate-50 dark:stroke-slate-950";

function Label({
  label,
  text,
  fontSize,
  className,
  weight,
}: {
  label: PlacedLabel;
  text: string;
  fontSize: number;
  className: string;
  weight: number;
}) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={fontSize}
      fontWeight={weight}
      strokeWidth={fontSize / 4}
      strokeLinejoin="round"
      className={`${labelText} ${className}`}
    >
      {text}
    </text>
  );
}

function NodeShape({ node, at, layout }: { node: GraphNode; at: LaidOutNode; layout: Layout }) {
  const fill =
    node.type === "country"
      ? "fill-slate-700 stroke-white dark:fill-slate-300 dark:stroke-slate-950"
      : "fill-white stroke-slate-700 dark:fill-slate-900 dark:stroke-slate-300";
  const summary = nodeSummary(node);
  const shape = (
    <>
      <title>{summary}</title>
      <circle
        cx={at.x}
        cy={at.y}
        r={at.r + 4}
        strokeWidth={3}
        className="fill-none stroke-accent-600 opacity-0 group-hover/node:opacity-100 group-focus-visible/node:opacity-100 dark:stroke-sky-400"
      />
      <circle cx={at.x} cy={at.y} r={at.r} strokeWidth={node.type === "country" ? 1.5 : 2.5} className={fill} />
      {at.label ? null : (
        <Label
          label={at.hoverLabel}
          text={displayLabel(node.label)}
          fontSize={layout.fontSize}
          weight={600}
          className="invisible group-hover/node:visible group-focus-visible/node:visible"
        />
      )}
    </>
  );
  return node.href ? (
    <a href={node.href} className="group/node cursor-pointer">
      {shape}
    </a>
  ) : (
    <g className="group/node">{shape}</g>
  );
}

export function NetworkGraph({ graph, layout, labelledBy }: Props) {
  const at = new Map(layout.nodes.map((n) => [n.key, n]));
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const big = graph.nodes.length > 80;
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
      className={`${styles.graph} ${big ? styles.big : ""} block h-auto w-full select-none`}
      data-testid="network"
    >
      {/* Weakest ties first, so the strongest are drawn on top. */}
      <g fill="none">
        {[...graph.edges].reverse().map((edge) => {
          const a = at.get(edge.source)!;
          const b = at.get(edge.target)!;
          const summary = edgeSummary(edge, nodes.get(edge.source)!, nodes.get(edge.target)!);
          // The <title> is both the tooltip and the link's accessible name.
          return edge.href ? (
            <a key={edge.key} href={edge.href} className={styles.edge}>
              <title>{summary}</title>
              <EdgeShape edge={edge} a={a} b={b} big={big} />
            </a>
          ) : (
            <g key={edge.key} className={styles.edge}>
              <title>{summary}</title>
              <EdgeShape edge={edge} a={a} b={b} big={big} />
            </g>
          );
        })}
      </g>
      {/* Least involved first, so the big nodes sit on top. */}
      <g>
        {[...graph.nodes].reverse().map((node) => (
          <NodeShape key={node.key} node={node} at={at.get(node.key)!} layout={layout} />
        ))}
      </g>
      <g aria-hidden="true" className="pointer-events-none">
        {graph.nodes.map((node) => {
          const p = at.get(node.key)!;
          return (
            <g key={node.key}>
              {p.label ? (
                <Label
                  label={p.label}
                  text={displayLabel(node.label)}
                  fontSize={layout.fontSize}
                  weight={node.involvement > 1 ? 600 : 500}
                  className="max-sm:hidden"
                />
              ) : null}
              {p.shortLabel ? (
                <Label label={p.shortLabel} text={node.short} fontSize={layout.shortFontSize} weight={700} className="sm:hidden" />
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
