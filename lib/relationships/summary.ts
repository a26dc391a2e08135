// The sentences that describe a node or an edge: its tooltip, its accessible name and the matrix
// cell's link name all say the same thing.
import { formatMoney } from "@/lib/format";
import type { EdgeSummary, GraphNode } from "./graph";
import { EDGE_KINDS, edgeKindInfo } from "./kinds";

export function countPhrase(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "agreement or pledge" : "agreements and pledges"}`;
}

export function usdPhrase(usd: number): string {
  return formatMoney({ disclosure: "DISCLOSED", amount: String(usd), currency: "USD" });
}

export function edgeSummary(edge: EdgeSummary, a: GraphNode, b: GraphNode): string {
  const kinds = EDGE_KINDS.filter((k) => edge.byKind[k])
    .map((k) => `${edgeKindInfo[k].label.toLowerCase()} ${edge.byKind[k]!.count}`)
    .join(", ");
  const value = edge.usd > 0 ? `; known value ${usdPhrase(edge.usd)}` : "";
  return `${a.label} – ${b.label}: ${countPhrase(edge.count)} (${kinds})${value}`;
}

export function nodeSummary(node: GraphNode): string {
  const partners = `${node.degree} ${node.degree === 1 ? "partner" : "partners"}`;
  return `${node.label}: ${countPhrase(node.involvement)} with ${partners}`;
}
