// New and updated deals and events, newest change first, for the Atom feeds (all, or one actor's).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatMoney, formatPartialDate, labelOf } from "@/lib/format";
import { citationSelect, toCitation, toDate, toMoney, type CitationDto } from "./shared";
import { publicActor, publicAgreement, publicCitationOfRecord, publicEvent, publicEventActor, publicParty } from "./visibility";

export interface FeedEntry {
  kind: "deal" | "event";
  slug: string;
  title: string;
  summary: string;
  /** Facts shown under the summary ("Status: Signed", "Value: $2.2 billion"…). */
  facts: string[];
  categories: string[];
  citation: CitationDto | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function feedEntries(db: PrismaClient, options: { actorSlug?: string; take?: number } = {}): Promise<FeedEntry[]> {
  const take = options.take ?? 100;
  const actor = options.actorSlug;
  const [agreements, events] = await Promise.all([
    db.agreement.findMany({
      where: { ...publicAgreement, ...(actor ? { parties: { some: { actor: { slug: actor, ...publicActor } } } } : {}) },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take,
      select: {
        slug: true,
        title: true,
        summary: true,
        type: true,
        status: true,
        categories: true,
        valueDisclosure: true,
        valueAmount: true,
        valueCurrency: true,
        startDate: true,
        startDatePrecision: true,
        createdAt: true,
        updatedAt: true,
        parties: { where: publicParty, orderBy: { id: "asc" }, select: { role: true, actor: { select: { name: true } } } },
        citations: { select: citationSelect, where: publicCitationOfRecord, orderBy: { id: "asc" }, take: 1 },
      },
    }),
    db.event.findMany({
      where: { ...publicEvent, ...(actor ? { actors: { some: { actor: { slug: actor, ...publicActor } } } } : {}) },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take,
      select: {
        slug: true,
        title: true,
        description: true,
        kind: true,
        date: true,
        datePrecision: true,
        endDate: true,
        place: true,
        stance: true,
        topic: true,
        createdAt: true,
        updatedAt: true,
        actors: { where: publicEventActor, orderBy: { actorId: "asc" }, select: { actor: { select: { name: true } } } },
        citations: { select: citationSelect, where: publicCitationOfRecord, orderBy: { id: "asc" }, take: 1 },
      },
    }),
  ]);

  const deals: FeedEntry[] = agreements.map((a) => {
    const start = toDate(a.startDate, a.startDatePrecision);
    return {
      kind: "deal",
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      facts: [
        `Type: ${labelOf(a.type)}`,
        `Status: ${labelOf(a.status)}`,
        `Value: ${formatMoney(toMoney(a))}`,
        ...(start ? [`Since: ${formatPartialDate(start.date, start.precision)}`] : []),
        ...(a.parties.length > 0 ? [`Parties: ${a.parties.map((p) => `${p.actor.name} (${labelOf(p.role).toLowerCase()})`).join(", ")}`] : []),
      ],
      categories: [labelOf(a.type), ...a.categories.map(labelOf)],
      citation: a.citations[0] ? toCitation(a.citations[0]) : null,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    };
  });
  const happenings: FeedEntry[] = events.map((e) => {
    const date = toDate(e.date, e.datePrecision)!;
    return {
      kind: "event",
      slug: e.slug,
      title: e.title,
      summary: e.description,
      facts: [
        `When: ${formatPartialDate(date.date, date.precision, e.endDate?.toISOString().slice(0, 10))}`,
        ...(e.place ? [`Where: ${e.place}`] : []),
        ...(e.stance ? [`Stance: ${labelOf(e.stance)}${e.topic ? ` on ${e.topic}` : ""}`] : []),
        ...(e.actors.length > 0 ? [`Who: ${e.actors.map((a) => a.actor.name).join(", ")}`] : []),
      ],
      categories: [labelOf(e.kind)],
      citation: e.citations[0] ? toCitation(e.citations[0]) : null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  });
  return [...deals, ...happenings]
    .sort((x, y) => y.updatedAt.getTime() - x.updatedAt.getTime() || y.createdAt.getTime() - x.createdAt.getTime())
    .slice(0, take);
}

/** The actor a per-actor feed is about, if public. */
export async function feedActor(db: PrismaClient, slug: string) {
  return db.actor.findFirst({ where: { slug, ...publicActor }, select: { slug: true, name: true, description: true } });
}
