import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Records a new citation can be attached to, grouped by type ("agreements:12"). */
export async function ownerGroups(db: PrismaClient) {
  const live = { deletedAt: null };
  const [agreements, actors, pledges, events] = await Promise.all([
    db.agreement.findMany({ where: live, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.actor.findMany({ where: live, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.pledge.findMany({ where: live, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.event.findMany({ where: live, select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return [
    { label: "Agreements", options: agreements.map((r) => ({ value: `agreements:${r.id}`, label: r.title })) },
    { label: "Actors", options: actors.map((r) => ({ value: `actors:${r.id}`, label: r.name })) },
    { label: "Pledges", options: pledges.map((r) => ({ value: `pledges:${r.id}`, label: r.title })) },
    { label: "Events", options: events.map((r) => ({ value: `events:${r.id}`, label: r.title })) },
  ];
}
