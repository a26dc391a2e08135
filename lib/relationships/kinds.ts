// How agreements and pledges map onto the four kinds of relationship drawn in the network, and how
// the two status vocabularies (agreements, pledges) map onto four shared phases. The mapping is
// explained in docs/decisions/030-relationship-graph.md.
import type { AgreementStatus, AgreementType, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";

export const EDGE_KINDS = ["industrial", "pledges", "financing", "political"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const STATUS_PHASES = ["discussed", "committed", "underway", "stopped"] as const;
export type StatusPhase = (typeof STATUS_PHASES)[number];

export const edgeKindOfAgreement: Record<AgreementType, EdgeKind> = {
  LICENSED_PRODUCTION: "industrial",
  JOINT_VENTURE: "industrial",
  CO_PRODUCTION: "industrial",
  MAINTENANCE_REPAIR: "industrial",
  TECHNOLOGY_TRANSFER: "industrial",
  PROCUREMENT: "industrial",
  EXPORT: "industrial",
  FINANCING: "financing",
  FRAMEWORK: "political",
  TRAINING: "political",
};

export const edgeKindOfPledge: Record<PledgeKind, EdgeKind> = {
  EQUIPMENT: "pledges",
  TRAINING: "pledges",
  SERVICES: "pledges",
  PERSONNEL: "pledges",
  FINANCING: "financing",
};

export const phaseOfStatus: Record<AgreementStatus | PledgeStatus, StatusPhase> = {
  RUMOURED: "discussed",
  IN_TALKS: "discussed",
  UNDER_DISCUSSION: "discussed",
  ANNOUNCED: "committed",
  SIGNED: "committed",
  PLEDGED: "committed",
  IN_PROGRESS: "underway",
  COMPLETED: "underway",
  DELIVERED: "underway",
  PARTIALLY_DELIVERED: "underway",
  STALLED: "stopped",
  CANCELLED: "stopped",
  REFUSED: "stopped",
};

export const edgeKindInfo: Record<EdgeKind, { label: string; description: string }> = {
  industrial: {
    label: "Industrial cooperation",
    description: "Licensed production, joint ventures, co-production, maintenance and repair, technology transfer, procurement, exports",
  },
  pledges: { label: "Pledges", description: "Equipment, training, services or personnel promised by one side to the other" },
  financing: { label: "Financing", description: "Financing agreements and financial pledges" },
  political: { label: "Political cooperation", description: "Framework agreements and training arrangements" },
};

export const statusPhaseInfo: Record<StatusPhase, { label: string; description: string }> = {
  discussed: { label: "Discussed", description: "Rumoured, in talks, under discussion" },
  committed: { label: "Agreed or pledged", description: "Announced, signed, pledged" },
  underway: { label: "Under way or delivered", description: "In progress, completed, delivered, partly delivered" },
  stopped: { label: "Stopped", description: "Stalled, cancelled, refused" },
};

/**
 * Colours of each kind (Okabe–Ito palette, readable for colour-blind people; lighter tints in dark
 * mode), as swatches for legends. The network draws with the same colours from
 * components/relationships/network-graph.module.css: change both together.
 */
export const edgeKindSwatch: Record<EdgeKind, string> = {
  industrial: "bg-[#0072b2] dark:bg-[#56b4e9]",
  pledges: "bg-[#e69f00] dark:bg-[#f0b840]",
  financing: "bg-[#009e73] dark:bg-[#3fcf9f]",
  political: "bg-[#cc79a7] dark:bg-[#e79ac6]",
};
