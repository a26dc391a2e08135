// Read functions of the admin pages (drafts and trash included; the public read functions in
// lib/data never show those).
import type { AuditEntity, PrismaClient } from "@/lib/generated/prisma/client";
import { entityBySegment, entitySegments, entityTitles, type EntitySegment } from "./entities";
import { describeChanges, loadNames } from "./names";
import type { Change, Values } from "./values";

export interface RecordRow {
  id: number;
  slug: string;
  title: string;
  version: number;
  isPublished: boolean;
  deletedAt: Date | null;
  updatedAt: Date;
  detail: string;
}

interface ListDelegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  count(args: object): Promise<number>;
}
const delegate = (db: PrismaClient, segment: EntitySegment) => (db as unknown as Record<string, ListDelegate>)[entityBySegment[segment].model]!;

const detailField: Record<EntitySegment, string> = { agreements: "status", actors: "kind", pledges: "status", events: "kind", sources: "publisher" };

export async function listRecords(db: PrismaClient, segment: EntitySegment, options: { q?: string; trash?: boolean } = {}): Promise<RecordRow[]> {
  const def = entityBySegment[segment];
  const titleField = def.titleField;
  const q = options.q?.trim();
  const where: Record<string, unknown> = { deletedAt: options.trash ? { not: null } : null };
  if (q) {
    const or: Record<string, unknown>[] = [{ [titleField]: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }];
    if (segment === "actors") or.push({ aliases: { has: q } });
    where.OR = or;
  }
  const rows = await delegate(db, segment).findMany({
    where,
    orderBy: options.trash ? { deletedAt: "desc" } : { updatedAt: "desc" },
    select: { id: true, slug: true, [titleField]: true, version: true, isPublished: true, deletedAt: true, updatedAt: true, [detailField[segment]]: true },
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id as number,
    slug: r.slug as string,
    title: r[titleField] as string,
    version: r.version as number,
    isPublished: r.isPublished as boolean,
    deletedAt: r.deletedAt as Date | null,
    updatedAt: r.updatedAt as Date,
    detail: (r[detailField[segment]] as string | null) ?? "",
  }));
}

export async function adminOverview(db: PrismaClient) {
  const counts = await Promise.all(
    entitySegments.map(async (segment) => ({
      segment,
      label: entityTitles[segment],
      live: await delegate(db, segment).count({ where: { deletedAt: null, isPublished: true } }),
      drafts: await delegate(db, segment).count({ where: { deletedAt: null, isPublished: false } }),
    })),
  );
  return { counts, recent: await recentActivity(db, 15) };
}

export interface ActivityEntry {
  id: number;
  entity: AuditEntity;
  segment: EntitySegment;
  recordId: number;
  recordTitle: string;
  action: string;
  version: number;
  userEmail: string;
  at: Date;
  note: string | null;
  diff: Change[];
}

const segmentOf: Record<AuditEntity, EntitySegment> = { AGREEMENT: "agreements", ACTOR: "actors", PLEDGE: "pledges", EVENT: "events", SOURCE: "sources" };

function titleOf(values: Values | null): string {
  const v = values?.title ?? values?.name;
  return typeof v === "string" ? v : "";
}

export async function recentActivity(db: PrismaClient, take = 50, where: { entity?: AuditEntity; recordId?: number } = {}): Promise<ActivityEntry[]> {
  const entries = await db.auditEntry.findMany({ where, orderBy: { id: "desc" }, take });
  const names = await loadNames(db);
  return entries.map((e) => ({
    id: e.id,
    entity: e.entity,
    segment: segmentOf[e.entity],
    recordId: e.recordId,
    recordTitle: titleOf((e.after ?? e.before) as Values | null),
    action: e.action,
    version: e.version,
    userEmail: e.userEmail,
    at: e.createdAt,
    note: e.note,
    diff: describeChanges(e.diff as unknown as Change[], names),
  }));
}

export async function recordHistory(db: PrismaClient, segment: EntitySegment, id: number) {
  return recentActivity(db, 500, { entity: entityBySegment[segment].entity, recordId: id });
}

export async function trashList(db: PrismaClient) {
  const lists = await Promise.all(entitySegments.map(async (segment) => ({ segment, label: entityTitles[segment], rows: await listRecords(db, segment, { trash: true }) })));
  return lists.filter((l) => l.rows.length > 0);
}
