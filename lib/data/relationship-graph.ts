// The relationship network counted in PostgreSQL: the same rules as buildGraph (lib/relationships/
// graph.ts, docs/decisions/030-relationship-graph.md), but the database pairs up the parties of each
// agreement and pledge and sums the ties, so the server receives a few hundred rows instead of every
// agreement, pledge and party. Filters travel as a handful of array parameters, whatever the data size.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AgreementStatus, PartyRole, PledgeStatus, type ActorKind } from "@/lib/generated/prisma/enums";
import { assembleGraph, ORGANISATION_KIND_LIST, type EdgeTally, type GraphFilters, type GraphSummary, type NodeDirectory } from "@/lib/relationships/graph";
import { edgeKindOfAgreement, edgeKindOfPledge, phaseOfStatus, type EdgeKind } from "@/lib/relationships/kinds";
import { publicActor, publicSql } from "./visibility";

/** A record table as the filters see it: which column gives the kind of tie, the status and the date. */
export interface RecordTable {
  alias: string;
  /** The category condition: agreements have a list of categories, pledges one. */
  categoryCondition: (categories: string[]) => Prisma.Sql;
  typeColumn: string;
  typeEnum: string;
  kindOf: Record<string, EdgeKind>;
  statusEnum: string;
  statuses: string[];
  dateColumn: string;
  /** The visibility rule for this table (lib/data/visibility.ts). */
  visible: (alias: string) => Prisma.Sql;
}

export const agreementTable: RecordTable = {
  alias: "a",
  categoryCondition: (categories) => Prisma.sql`a.categories && ${categories}::text[]::"EquipmentCategory"[]`,
  typeColumn: "type",
  typeEnum: '"AgreementType"',
  kindOf: edgeKindOfAgreement,
  statusEnum: '"AgreementStatus"',
  statuses: Object.values(AgreementStatus),
  dateColumn: '"startDate"',
  visible: publicSql.agreement,
};

export const pledgeTable: RecordTable = {
  alias: "p",
  categoryCondition: (categories) => Prisma.sql`p.category = ANY (${categories}::text[]::"EquipmentCategory"[])`,
  typeColumn: "kind",
  typeEnum: '"PledgeKind"',
  kindOf: edgeKindOfPledge,
  statusEnum: '"PledgeStatus"',
  statuses: Object.values(PledgeStatus),
  dateColumn: '"date"',
  visible: publicSql.pledge,
};

/** The kind of tie a record makes, from its type (a CASE over the mapping in lib/relationships/kinds.ts). */
export function kindExpression(table: RecordTable): Prisma.Sql {
  const cases = Object.entries(table.kindOf).map(([type, kind]) => Prisma.sql`WHEN ${type} THEN ${kind}`);
  return Prisma.sql`CASE ${Prisma.raw(`${table.alias}.${table.typeColumn}`)}::text ${Prisma.join(cases, " ")} END`;
}

/**
 * Visible records that pass the filters. Written against the columns themselves (enum arrays cast
 * from text, a date range rather than a year), so PostgreSQL estimates row counts from its
 * statistics; a condition that keeps everything is left out.
 */
export function recordConditions(table: RecordTable, filters: GraphFilters): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${table.alias}.${name}`);
  const conditions = [table.visible(table.alias)];
  const types = Object.keys(table.kindOf).filter((type) => filters.kinds.includes(table.kindOf[type]!));
  if (types.length < Object.keys(table.kindOf).length) {
    conditions.push(Prisma.sql`${column(table.typeColumn)} = ANY (${types}::text[]::${Prisma.raw(table.typeEnum)}[])`);
  }
  const statuses = table.statuses.filter((status) => filters.phases.includes(phaseOfStatus[status as keyof typeof phaseOfStatus]));
  if (statuses.length < table.statuses.length) {
    conditions.push(Prisma.sql`${column("status")} = ANY (${statuses}::text[]::${Prisma.raw(table.statusEnum)}[])`);
  }
  if (filters.categories.length > 0) {
    conditions.push(table.categoryCondition(filters.categories));
  }
  // Undated records fail both comparisons, as they leave any year range.
  if (filters.from !== null) conditions.push(Prisma.sql`${column(table.dateColumn)} >= make_date(${filters.from}::int, 1, 1)`);
  if (filters.to !== null) conditions.push(Prisma.sql`${column(table.dateColumn)} < make_date(${filters.to}::int + 1, 1, 1)`);
  return Prisma.join(conditions, " AND ");
}

/** nodeKeyOf in SQL, over "Actor" columns; compared byte-wise (COLLATE "C") like JavaScript's sort. */
export function nodeKeyExpression(includeOrganisations: boolean): Prisma.Sql {
  const organisation = includeOrganisations
    ? Prisma.sql`WHEN kind::text = ANY (${[...ORGANISATION_KIND_LIST]}::text[]) THEN 'a:' || slug `
    : Prisma.empty;
  return Prisma.sql`(CASE ${organisation}WHEN "countryCode" IS NOT NULL THEN 'c:' || upper("countryCode") END) COLLATE "C"`;
}

interface TallyRow {
  row: number;
  s: number | null;
  t: number | null;
  kind: EdgeKind | null;
  node: string | null;
  n: number;
  usd: string | null;
}

/**
 * One query. `an` numbers every actor's node (in key order, so a pair is stored smaller-first as in
 * agreementPairs); `ag_pairs` are the pairs each agreement links (parties on the same side, with the
 * same roles other than PARTNER, are not paired: roles are compared as bit sets); `pl_links` each
 * pledge's donor node with each distinct recipient node. Then three kinds of row come back: per tie
 * and kind (ROLLUP adds the tie's total, kind null), per node the records it takes part in, and the
 * number of records drawn.
 */
function tallyQuery(filters: GraphFilters): Prisma.Sql {
  const roles = Object.values(PartyRole) as string[];
  const partner = 1 << (roles.indexOf(PartyRole.PARTNER) + 1);
  return Prisma.sql`
    WITH an AS (
      SELECT id, node, dense_rank() OVER (ORDER BY node)::int AS nid
      FROM (SELECT id, ${nodeKeyExpression(filters.includeOrganisations)} AS node FROM "Actor" pub WHERE ${publicSql.actor("pub")}) actor
      WHERE node IS NOT NULL
    ), ag AS (
      SELECT a.id, ${kindExpression(agreementTable)} AS kind,
        CASE WHEN a."valueDisclosure" = 'DISCLOSED' AND a."valueCurrency" = 'USD' THEN a."valueAmount" END AS usd
      FROM "Agreement" a
      WHERE ${recordConditions(agreementTable, filters)}
    ), party_nodes AS (
      SELECT p."agreementId" AS rid, an.nid, bit_or(1 << array_position(${roles}::text[], p.role::text)) AS roles
      FROM ag JOIN "AgreementParty" p ON p."agreementId" = ag.id JOIN an ON an.id = p."actorId"
      GROUP BY 1, 2
    ), ag_pairs AS (
      SELECT x.rid, x.nid AS s, y.nid AS t, ag.kind, ag.usd
      FROM party_nodes x JOIN party_nodes y ON y.rid = x.rid AND x.nid < y.nid JOIN ag ON ag.id = x.rid
      WHERE x.roles <> y.roles OR x.roles & ${partner}::int <> 0
    ), pl_links AS (
      SELECT p.id AS rid, dn.nid AS donor, rn.nid AS other, ${kindExpression(pledgeTable)} AS kind, p."usdAmount" AS usd, p."agreementId" AS agreement_id
      FROM "Pledge" p
      JOIN an dn ON dn.id = p."donorId"
      JOIN "PledgeRecipient" r ON r."pledgeId" = p.id
      JOIN an rn ON rn.id = r."actorId"
      WHERE ${recordConditions(pledgeTable, filters)} AND rn.nid <> dn.nid
      GROUP BY 1, 2, 3, 4, 5, 6
    ), links AS (
      SELECT s, t, kind, COALESCE(usd, 0) AS value FROM ag_pairs
      UNION ALL
      SELECT LEAST(k.donor, k.other), GREATEST(k.donor, k.other), k.kind,
        CASE
          WHEN k.usd IS NULL THEN 0
          -- Already counted with its agreement on this tie.
          WHEN k.agreement_id IS NOT NULL
            AND (k.agreement_id, LEAST(k.donor, k.other), GREATEST(k.donor, k.other)) IN (SELECT rid, s, t FROM ag_pairs WHERE usd IS NOT NULL) THEN 0
          ELSE k.usd
        END
      FROM pl_links k
    ), involvement AS (
      SELECT nid, count(*) AS n FROM (SELECT rid, s AS nid FROM ag_pairs UNION SELECT rid, t FROM ag_pairs) agreement_nodes GROUP BY nid
      UNION ALL
      SELECT donor, count(*) FROM (SELECT DISTINCT rid, donor FROM pl_links) donors GROUP BY donor
      UNION ALL
      SELECT other, count(*) FROM pl_links GROUP BY other
    )
    SELECT 0 AS row, s, t, kind, NULL AS node, count(*)::int AS n, sum(value)::text AS usd FROM links GROUP BY s, t, ROLLUP (kind)
    UNION ALL
    SELECT 1, i.nid, NULL, NULL, nodes.node, sum(i.n)::int, NULL
    FROM involvement i JOIN (SELECT DISTINCT nid, node FROM an) nodes ON nodes.nid = i.nid
    GROUP BY i.nid, nodes.node
    UNION ALL
    SELECT 2, NULL, NULL, NULL, NULL, ((SELECT count(DISTINCT rid) FROM ag_pairs) + (SELECT count(DISTINCT rid) FROM pl_links))::int, NULL`;
}

/** Country actors by code (the last one wins, as in buildGraph) and the organisations drawn. */
export async function directoryOf(db: PrismaClient, organisationSlugs: string[]): Promise<NodeDirectory> {
  const [countries, organisations] = await Promise.all([
    db.actor.findMany({
      where: { ...publicActor, kind: "COUNTRY", countryCode: { not: null } },
      select: { slug: true, name: true, countryCode: true },
      orderBy: { id: "asc" },
    }),
    organisationSlugs.length === 0
      ? []
      : db.$queryRaw<{ slug: string; name: string; kind: string; countryCode: string | null }[]>`
          SELECT slug, name, kind::text AS kind, "countryCode" FROM "Actor" o WHERE slug = ANY (${organisationSlugs}::text[]) AND ${publicSql.actor("o")}`,
  ]);
  return {
    countries: new Map(countries.map((c) => [c.countryCode!.trim().toUpperCase(), c])),
    organisations: new Map(organisations.map((a) => [a.slug, { ...a, kind: a.kind as ActorKind }])),
  };
}

/** The network for a filter set, counted by the database; the same numbers as buildGraph(loadGraphInput()). */
export async function aggregateGraph(db: PrismaClient, filters: GraphFilters): Promise<GraphSummary> {
  // JIT compiling this one large query costs more (~1 s) than running it; off for this transaction only.
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, db.$queryRaw<TallyRow[]>(tallyQuery(filters))]);
  const nodeOf = new Map<number, string>();
  const involvement = new Map<string, number>();
  let recordCount = 0;
  for (const r of rows) {
    if (r.row === 1) {
      nodeOf.set(r.s!, r.node!);
      involvement.set(r.node!, r.n);
    } else if (r.row === 2) recordCount = r.n;
  }
  const tallies = new Map<string, EdgeTally>();
  for (const r of rows) {
    if (r.row !== 0) continue;
    const source = nodeOf.get(r.s!)!;
    const target = nodeOf.get(r.t!)!;
    const key = `${source}|${target}`;
    const tally = tallies.get(key) ?? { key, source, target, count: 0, usd: 0, byKind: {} };
    tallies.set(key, tally);
    if (r.kind === null) Object.assign(tally, { count: r.n, usd: Number(r.usd) });
    else tally.byKind[r.kind] = { count: r.n, usd: Number(r.usd) };
  }
  const organisationSlugs = [...involvement.keys()].filter((k) => k.startsWith("a:")).map((k) => k.slice(2));
  const directory = await directoryOf(db, organisationSlugs);
  return assembleGraph([...tallies.values()], involvement, recordCount, directory);
}

/** The years agreements and pledges are dated in (published ones), for the year-range filter. */
export async function recordYears(db: PrismaClient): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT EXTRACT(YEAR FROM g."startDate")::int AS year FROM "Agreement" g WHERE ${publicSql.agreement("g")} AND g."startDate" IS NOT NULL
    UNION
    SELECT EXTRACT(YEAR FROM p."date")::int FROM "Pledge" p WHERE ${publicSql.pledge("p")} AND p."date" IS NOT NULL
    ORDER BY 1`;
  return rows.map((r) => r.year);
}
