// What the tracker already has, for the assistant to match against: actors (names and aliases) and
// the records a proposal may repeat. From the database, or from the seed dataset when none is reachable.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatasetInput } from "@/lib/seed/dataset";
import type { KnownActor } from "./actor-index";
import type { KnownRecords } from "./match";

export interface Known {
  actors: KnownActor[];
  records: KnownRecords;
}

const partial = (d: Date | null, p: string | null) => (d ? (p === "DAY" ? d.toISOString().slice(0, 10) : p === "MONTH" ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 4)) : "");

export async function knownFromDatabase(prisma: PrismaClient): Promise<Known> {
  const live = { deletedAt: null };
  const [actors, agreements, pledges, events] = await Promise.all([
    prisma.actor.findMany({ where: live, select: { id: true, slug: true, name: true, kind: true, countryCode: true, aliases: true } }),
    prisma.agreement.findMany({ where: live, select: { slug: true, title: true, type: true, categories: true, parties: { select: { actor: { select: { slug: true } } } } } }),
    prisma.pledge.findMany({
      where: live,
      select: { slug: true, title: true, kind: true, item: true, category: true, quantity: true, donor: { select: { slug: true } }, recipients: { select: { actor: { select: { slug: true } } } } },
    }),
    prisma.event.findMany({ where: live, select: { slug: true, title: true, kind: true, date: true, datePrecision: true, actors: { select: { actor: { select: { slug: true } } } } } }),
  ]);
  return {
    actors: actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, countryCode: a.countryCode, aliases: a.aliases })),
    records: {
      agreements: agreements.map((a) => ({ slug: a.slug, title: a.title, type: a.type, categories: a.categories, parties: a.parties.map((p) => p.actor.slug) })),
      pledges: pledges.map((p) => ({
        slug: p.slug,
        title: p.title,
        kind: p.kind,
        item: p.item,
        category: p.category,
        quantity: p.quantity?.toString() ?? null,
        donor: p.donor.slug,
        recipients: p.recipients.map((r) => r.actor.slug),
      })),
      events: events.map((e) => ({ slug: e.slug, title: e.title, kind: e.kind, date: partial(e.date, e.datePrecision), actors: e.actors.map((a) => a.actor.slug) })),
    },
  };
}

export function knownFromDataset(dataset: DatasetInput): Known {
  return {
    actors: dataset.actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, countryCode: a.countryCode, aliases: a.aliases ?? [] })),
    records: {
      agreements: dataset.agreements.map((a) => ({ slug: a.slug, title: a.title, type: a.type, categories: a.categories ?? [], parties: a.parties.map((p) => p.actor) })),
      pledges: dataset.pledges.map((p) => ({ slug: p.slug, title: p.title, kind: p.kind, item: p.item, category: p.category, quantity: p.quantity, donor: p.donor, recipients: p.recipients })),
      events: dataset.events.map((e) => ({ slug: e.slug, title: e.title, kind: e.kind, date: e.date, actors: (e.actors ?? []).map((a) => a.actor) })),
    },
  };
}
