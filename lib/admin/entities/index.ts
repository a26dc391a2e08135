// The five record types the admin edits, by URL segment.
import type { EntityDef } from "../records";
import { actorDef } from "./actor";
import { agreementDef } from "./agreement";
import { eventDef } from "./event";
import { pledgeDef } from "./pledge";
import { sourceDef } from "./source";

export const entities = {
  agreements: agreementDef,
  actors: actorDef,
  pledges: pledgeDef,
  events: eventDef,
  sources: sourceDef,
} as const;

export type EntitySegment = keyof typeof entities;
export const entitySegments = Object.keys(entities) as EntitySegment[];

export function isEntitySegment(value: string): value is EntitySegment {
  return value in entities;
}

export const entityBySegment = entities as Record<EntitySegment, EntityDef<{ slug: string; published: boolean }>>;

export const entityByAudit = {
  AGREEMENT: agreementDef,
  ACTOR: actorDef,
  PLEDGE: pledgeDef,
  EVENT: eventDef,
  SOURCE: sourceDef,
} as const;

/** "agreements" → "Agreements". */
export const entityTitles: Record<EntitySegment, string> = {
  agreements: "Agreements",
  actors: "Actors",
  pledges: "Pledges",
  events: "Events",
  sources: "Sources",
};
