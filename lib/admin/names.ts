// Turns stored ids in form values into names for people: "actorId 12" → "United Kingdom".
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { labelOf } from "@/lib/format";
import type { Change } from "./values";

type Db = PrismaClient | Prisma.TransactionClient;

export interface Names {
  actors: Map<string, string>;
  sources: Map<string, string>;
  agreements: Map<string, string>;
  pledges: Map<string, string>;
}

export async function loadNames(db: Db): Promise<Names> {
  const [actors, sources, agreements, pledges] = await Promise.all([
    db.actor.findMany({ select: { id: true, name: true } }),
    db.source.findMany({ select: { id: true, title: true } }),
    db.agreement.findMany({ select: { id: true, title: true } }),
    db.pledge.findMany({ select: { id: true, title: true } }),
  ]);
  return {
    actors: new Map(actors.map((a) => [String(a.id), a.name])),
    sources: new Map(sources.map((s) => [String(s.id), s.title])),
    agreements: new Map(agreements.map((a) => [String(a.id), a.title])),
    pledges: new Map(pledges.map((p) => [String(p.id), p.title])),
  };
}

const referenceFields: Record<string, keyof Names> = {
  actorId: "actors",
  donorId: "actors",
  toId: "actors",
  recipients: "actors",
  sourceId: "sources",
  agreementId: "agreements",
  agreements: "agreements",
  pledges: "pledges",
};

/** A value as a person reads it: names for ids, labels for enum values, "—" for empty. */
export function displayValue(path: string, value: string, names: Names): string {
  if (value === "") return "—";
  const field = path.split(".").at(-1)!;
  const table = referenceFields[field];
  if (table) return value.split(", ").map((id) => names[table].get(id) ?? `#${id}`).join(", ");
  const parts = value.split(", ");
  if (parts.every((p) => /^[A-Z][A-Z_]+$/.test(p)) && parts.some((p) => p.length > 3)) return parts.map(labelOf).join(", ");
  return value;
}

export function describeChanges(changes: Change[], names: Names): Change[] {
  return changes.map((c) => ({ path: c.path, before: displayValue(c.path, c.before, names), after: displayValue(c.path, c.after, names) }));
}
