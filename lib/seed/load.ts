// Writes the validated seed dataset in one transaction. Each record's content hash is kept in
// SeedState, so a second run with the same data changes nothing; a changed record is rewritten
// (its children and citations replaced); a record removed from the dataset is removed.
// In "import" mode (npm run data:import) every record of the file is upserted, nothing else is removed,
// SeedState is left alone, and progress is reported as it goes.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parsePartialDate, type CitationInput, type Money } from "@/lib/schemas/common";
import { validateDataset, SeedError, type Dataset, type SourceRecord } from "./dataset";

type Tx = Prisma.TransactionClient;
export type EntityName = "sources" | "actors" | "actorLinks" | "agreements" | "pledges" | "events";
export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}
export interface SeedSummary {
  entities: Record<EntityName, EntityCounts>;
  /** Citations in the database after the run. */
  citations: number;
  /** Records created, updated or removed by this run (0 on a repeated run). */
  written: number;
}

const order: EntityName[] = ["sources", "actors", "actorLinks", "agreements", "pledges", "events"];

export interface SeedOptions {
  log?: (line: string) => void;
  /** "seed" (default): sync with seeds/ by content hash. "import": upsert everything, remove nothing. */
  mode?: "seed" | "import";
  /** Where the articles named by sources' `file` are read from (default seeds/articles). */
  articlesDir?: string;
}

export async function seedDatabase(prisma: PrismaClient, input: unknown, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const importing = options.mode === "import";
  const { data, sources } = await validateDataset(input, options.articlesDir);
  log(`Validated ${order.map((e) => `${data[e].length} ${e}`).join(", ")}; every quote found in its article.`);

  return prisma.$transaction(
    async (tx) => {
      const ids = new IdCache(tx);
      const counts = Object.fromEntries(order.map((e) => [e, { created: 0, updated: 0, unchanged: 0, deleted: 0 }])) as Record<EntityName, EntityCounts>;
      const writers: Record<EntityName, (record: never) => { key: string; write: () => Promise<void> }> = {
        sources: (s: SourceRecord) => ({ key: s.slug, write: () => writeSource(tx, ids, s) }),
        actors: (a: Dataset["actors"][number]) => ({ key: a.slug, write: () => writeActor(tx, ids, a) }),
        actorLinks: (l: Dataset["actorLinks"][number]) => ({ key: `${l.from}:${l.type}:${l.to}`, write: () => writeActorLink(tx, ids, l) }),
        agreements: (a: Dataset["agreements"][number]) => ({ key: a.slug, write: () => writeAgreement(tx, ids, a) }),
        pledges: (p: Dataset["pledges"][number]) => ({ key: p.slug, write: () => writePledge(tx, ids, p) }),
        events: (e: Dataset["events"][number]) => ({ key: e.slug, write: () => writeEvent(tx, ids, e) }),
      };
      const records: Record<EntityName, unknown[]> = { ...data, sources: [...sources.values()] };
      const stale = new Map<EntityName, string[]>();

      for (const entity of order) {
        const states = importing
          ? await existingKeys(tx, entity)
          : new Map((await tx.seedState.findMany({ where: { entity }, select: { slug: true, sha256: true } })).map((s) => [s.slug, s.sha256]));
        const seen = new Set<string>();
        const total = records[entity].length;
        for (const record of records[entity]) {
          const { key, write } = writers[entity](record as never);
          seen.add(key);
          const sha256 = hash(record);
          const previous = states.get(key);
          if (importing && (seen.size % 100 === 0 || seen.size === total)) log(`  ${entity.padEnd(11)} ${seen.size}/${total}`);
          if (!importing && previous === sha256) {
            counts[entity].unchanged += 1;
            continue;
          }
          try {
            await write();
          } catch (error) {
            if (error instanceof SeedError) throw error;
            throw new SeedError(entity, key, "(record)", error instanceof Error ? error.message.split("\n").slice(-1)[0]! : String(error));
          }
          if (!importing) {
            await tx.seedState.upsert({
              where: { entity_slug: { entity, slug: key } },
              create: { entity, slug: key, sha256 },
              update: { sha256 },
            });
          }
          counts[entity][previous === undefined ? "created" : "updated"] += 1;
        }
        if (!importing) stale.set(entity, [...states.keys()].filter((key) => !seen.has(key)));
      }
      // Records no longer in the dataset go last, dependants first, so no foreign key stands in the way.
      for (const entity of [...order].reverse()) {
        for (const key of stale.get(entity) ?? []) {
          await deleteRecord(tx, entity, key);
          await tx.seedState.delete({ where: { entity_slug: { entity, slug: key } } });
          counts[entity].deleted += 1;
        }
      }
      for (const entity of order) {
        const c = counts[entity];
        log(`  ${entity.padEnd(11)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.deleted} removed`);
      }
      const written = order.reduce((n, e) => n + counts[e].created + counts[e].updated + counts[e].deleted, 0);
      return { entities: counts, citations: await tx.citation.count(), written };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/** Keys of the records already in the database (import mode), in the writers' key format. */
async function existingKeys(tx: Tx, entity: EntityName): Promise<Map<string, string>> {
  const slugs = (rows: { slug: string }[]) => new Map(rows.map((r) => [r.slug, ""]));
  const select = { slug: true } as const;
  switch (entity) {
    case "sources":
      return slugs(await tx.source.findMany({ select }));
    case "actors":
      return slugs(await tx.actor.findMany({ select }));
    case "agreements":
      return slugs(await tx.agreement.findMany({ select }));
    case "pledges":
      return slugs(await tx.pledge.findMany({ select }));
    case "events":
      return slugs(await tx.event.findMany({ select }));
    case "actorLinks": {
      const links = await tx.actorLink.findMany({ select: { type: true, from: { select }, to: { select } } });
      return new Map(links.map((l) => [`${l.from.slug}:${l.type}:${l.to.slug}`, ""]));
    }
  }
}

function hash(record: unknown): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("hex");
}

/** Looks up ids by slug once per transaction. */
class IdCache {
  private readonly cache = new Map<string, number>();
  constructor(private readonly tx: Tx) {}
  private async get(kind: string, slug: string, find: () => Promise<{ id: number } | null>): Promise<number> {
    const key = `${kind}:${slug}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const row = await find();
    if (!row) throw new Error(`No ${kind} "${slug}" in the database.`);
    this.cache.set(key, row.id);
    return row.id;
  }
  actor = (slug: string) => this.get("actor", slug, () => this.tx.actor.findUnique({ where: { slug }, select: { id: true } }));
  source = (slug: string) => this.get("source", slug, () => this.tx.source.findUnique({ where: { slug }, select: { id: true } }));
  agreement = (slug: string) => this.get("agreement", slug, () => this.tx.agreement.findUnique({ where: { slug }, select: { id: true } }));
  pledge = (slug: string) => this.get("pledge", slug, () => this.tx.pledge.findUnique({ where: { slug }, select: { id: true } }));
}

type CitationOwner =
  | { actorId: number }
  | { actorLinkId: number }
  | { agreementId: number }
  | { partyId: number }
  | { statusEntryId: number }
  | { pledgeId: number }
  | { eventId: number }
  | { aboutSourceId: number };

async function writeCitations(tx: Tx, ids: IdCache, owner: CitationOwner, citations: CitationInput[]) {
  await tx.citation.deleteMany({ where: owner });
  if (citations.length === 0) return;
  const rows = await Promise.all(
    citations.map(async (c) => ({ ...owner, sourceId: await ids.source(c.source), quote: c.quote, field: c.field ?? null, note: c.note ?? null })),
  );
  await tx.citation.createMany({ data: rows });
}

function dateOf(value: string | undefined) {
  if (value === undefined) return { date: null, precision: null };
  const parsed = parsePartialDate(value)!;
  return { date: parsed.date, precision: parsed.precision };
}

function moneyColumns(value: Money) {
  return { valueDisclosure: value.disclosure, valueAmount: value.amount ?? null, valueCurrency: value.currency ?? null };
}

async function writeSource(tx: Tx, ids: IdCache, s: SourceRecord) {
  const published = dateOf(s.publishedAt);
  const columns = {
    title: s.title,
    publisher: s.publisher ?? null,
    publisherInferred: s.publisherInferred,
    author: s.author ?? null,
    url: s.url ?? null,
    publishedAt: published.date,
    publishedPrecision: published.precision,
    publishedAtInferred: s.publishedAtInferred,
    inferenceNote: s.inferenceNote ?? null,
    language: s.language,
    fullText: s.fullText,
    contentSha256: createHash("sha256").update(s.fullText).digest("hex"),
    fileName: s.file,
  };
  const row = await tx.source.upsert({ where: { slug: s.slug }, create: { slug: s.slug, ...columns }, update: columns, select: { id: true } });
  await writeCitations(tx, ids, { aboutSourceId: row.id }, s.evidence.map((e) => ({ ...e, source: s.slug })));
}

async function writeActor(tx: Tx, ids: IdCache, a: Dataset["actors"][number]) {
  const columns = {
    name: a.name,
    kind: a.kind,
    countryCode: a.countryCode ?? null,
    aliases: a.aliases,
    description: a.description ?? null,
    title: a.title ?? null,
  };
  const row = await tx.actor.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...columns }, update: columns, select: { id: true } });
  await writeCitations(tx, ids, { actorId: row.id }, a.citations);
}

async function writeActorLink(tx: Tx, ids: IdCache, l: Dataset["actorLinks"][number]) {
  const fromId = await ids.actor(l.from);
  const toId = await ids.actor(l.to);
  const columns = { sharePercent: l.sharePercent ?? null, role: l.role ?? null, note: l.note ?? null };
  const row = await tx.actorLink.upsert({
    where: { fromId_toId_type: { fromId, toId, type: l.type } },
    create: { fromId, toId, type: l.type, ...columns },
    update: columns,
    select: { id: true },
  });
  await writeCitations(tx, ids, { actorLinkId: row.id }, l.citations);
}

async function writeAgreement(tx: Tx, ids: IdCache, a: Dataset["agreements"][number]) {
  const start = dateOf(a.startDate);
  const columns = {
    title: a.title,
    summary: a.summary,
    type: a.type,
    status: a.status,
    confidence: a.confidence,
    categories: a.categories,
    workLocation: a.workLocation ?? null,
    workCountryCodes: a.workCountryCodes,
    ...moneyColumns(a.value),
    startDate: start.date,
    startDatePrecision: start.precision,
  };
  const { id } = await tx.agreement.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...columns }, update: columns, select: { id: true } });
  await writeCitations(tx, ids, { agreementId: id }, a.citations);
  await tx.agreementParty.deleteMany({ where: { agreementId: id } });
  for (const p of a.parties) {
    const party = await tx.agreementParty.create({
      data: { agreementId: id, actorId: await ids.actor(p.actor), role: p.role, note: p.note ?? null },
      select: { id: true },
    });
    await writeCitations(tx, ids, { partyId: party.id }, p.citations);
  }
  await tx.agreementStatusEntry.deleteMany({ where: { agreementId: id } });
  for (const entry of a.statusHistory) {
    const d = dateOf(entry.date);
    const row = await tx.agreementStatusEntry.create({
      data: { agreementId: id, status: entry.status, date: d.date!, datePrecision: d.precision!, dateInferred: entry.dateInferred, note: entry.note ?? null },
      select: { id: true },
    });
    await writeCitations(tx, ids, { statusEntryId: row.id }, entry.citations);
  }
}

async function writePledge(tx: Tx, ids: IdCache, p: Dataset["pledges"][number]) {
  const d = dateOf(p.date);
  const usdDate = p.usd ? dateOf(p.usd.rateDate).date : null;
  const columns = {
    title: p.title,
    donorId: await ids.actor(p.donor),
    kind: p.kind,
    item: p.item,
    category: p.category ?? null,
    quantity: p.quantity ?? null,
    unit: p.unit ?? null,
    ...moneyColumns(p.value),
    usdAmount: p.usd?.amount ?? null,
    usdRate: p.usd?.rate ?? null,
    usdRateDate: usdDate,
    usdRateSource: p.usd?.rateSource ?? null,
    status: p.status,
    confidence: p.confidence,
    date: d.date,
    datePrecision: d.precision,
    dateInferred: p.dateInferred,
    note: p.note ?? null,
    agreementId: p.agreement ? await ids.agreement(p.agreement) : null,
  };
  const { id } = await tx.pledge.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...columns }, update: columns, select: { id: true } });
  await tx.pledgeRecipient.deleteMany({ where: { pledgeId: id } });
  await tx.pledgeRecipient.createMany({ data: await Promise.all(p.recipients.map(async (r) => ({ pledgeId: id, actorId: await ids.actor(r) }))) });
  await writeCitations(tx, ids, { pledgeId: id }, p.citations);
}

async function writeEvent(tx: Tx, ids: IdCache, e: Dataset["events"][number]) {
  const d = dateOf(e.date);
  const columns = {
    title: e.title,
    description: e.description,
    kind: e.kind,
    date: d.date!,
    datePrecision: d.precision!,
    endDate: dateOf(e.endDate).date,
    dateInferred: e.dateInferred,
    place: e.place ?? null,
    placeCountryCode: e.placeCountryCode ?? null,
    stance: e.stance ?? null,
    topic: e.topic ?? null,
    confidence: e.confidence,
  };
  const { id } = await tx.event.upsert({ where: { slug: e.slug }, create: { slug: e.slug, ...columns }, update: columns, select: { id: true } });
  await tx.eventActor.deleteMany({ where: { eventId: id } });
  await tx.eventActor.createMany({ data: await Promise.all(e.actors.map(async (a) => ({ eventId: id, actorId: await ids.actor(a.actor), role: a.role }))) });
  await tx.eventAgreement.deleteMany({ where: { eventId: id } });
  await tx.eventAgreement.createMany({ data: await Promise.all(e.agreements.map(async (s) => ({ eventId: id, agreementId: await ids.agreement(s) }))) });
  await tx.eventPledge.deleteMany({ where: { eventId: id } });
  await tx.eventPledge.createMany({ data: await Promise.all(e.pledges.map(async (s) => ({ eventId: id, pledgeId: await ids.pledge(s) }))) });
  await writeCitations(tx, ids, { eventId: id }, e.citations);
}

async function deleteRecord(tx: Tx, entity: EntityName, key: string) {
  switch (entity) {
    case "sources":
      await tx.source.deleteMany({ where: { slug: key } });
      return;
    case "actors":
      await tx.actor.deleteMany({ where: { slug: key } });
      return;
    case "actorLinks": {
      const [from, type, to] = key.split(":");
      await tx.actorLink.deleteMany({ where: { from: { slug: from }, to: { slug: to }, type: type as never } });
      return;
    }
    case "agreements":
      await tx.agreement.deleteMany({ where: { slug: key } });
      return;
    case "pledges":
      await tx.pledge.deleteMany({ where: { slug: key } });
      return;
    case "events":
      await tx.event.deleteMany({ where: { slug: key } });
  }
}
