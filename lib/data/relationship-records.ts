// Every published agreement and pledge with the actors they involve, as plain records for buildGraph:
// the record-level reference that the SQL aggregation (relationship-graph.ts) is tested against. The
// pages do not load it. Flat queries with joins, never a list of ids, so it works at any size (Prisma
// loads nested relations with one bind parameter per parent row, which fails past ~32,000 rows).
import { cache } from "react";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActorKind, AgreementStatus, AgreementType, EquipmentCategory, PartyRole, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import type { ActorInfo, GraphInput } from "@/lib/relationships/graph";
import { publicActor, publicSql } from "./visibility";

interface ActorColumns {
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode: string | null;
}

interface PledgeColumns extends ActorColumns {
  id: number;
  pledgeSlug: string;
  title: string;
  pledgeKind: PledgeKind;
  status: PledgeStatus;
  year: number | null;
  usd: string | null;
  category: EquipmentCategory | null;
  disclosure: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE";
  agreementId: number | null;
}

const actorOf = (row: ActorColumns): ActorInfo => ({ slug: row.slug, name: row.name, kind: row.kind, countryCode: row.countryCode });

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export const loadGraphInput = cache(async (db: PrismaClient): Promise<GraphInput> => {
  const [countries, agreements, parties, pledges, recipients] = await Promise.all([
    db.actor.findMany({
      where: { ...publicActor, kind: "COUNTRY", countryCode: { not: null } },
      select: { slug: true, name: true, countryCode: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<
      { id: number; slug: string; title: string; type: AgreementType; status: AgreementStatus; year: number | null; usd: string | null; categories: EquipmentCategory[]; work: string[] }[]
    >`
      SELECT id, slug, title, type::text AS type, status::text AS status, EXTRACT(YEAR FROM "startDate")::int AS year, categories::text[] AS categories, "workCountryCodes" AS work,
        CASE WHEN "valueDisclosure" = 'DISCLOSED' AND "valueCurrency" = 'USD' THEN "valueAmount"::text END AS usd
      FROM "Agreement" g WHERE ${publicSql.agreement("g")} ORDER BY id`,
    db.$queryRaw<(ActorColumns & { agreementId: number; role: PartyRole })[]>`
      SELECT p."agreementId", p.role::text AS role, ac.slug, ac.name, ac.kind::text AS kind, ac."countryCode"
      FROM "AgreementParty" p JOIN "Agreement" a ON a.id = p."agreementId" JOIN "Actor" ac ON ac.id = p."actorId"
      WHERE ${publicSql.agreement("a")} AND ${publicSql.actor("ac")} ORDER BY p.id`,
    db.$queryRaw<PledgeColumns[]>`
      SELECT p.id, p.slug AS "pledgeSlug", p.title, p.kind::text AS "pledgeKind", p.status::text AS status, EXTRACT(YEAR FROM p.date)::int AS year,
        p."usdAmount"::text AS usd, p.category::text AS category, p."valueDisclosure"::text AS disclosure, (SELECT g.id FROM "Agreement" g WHERE g.id = p."agreementId" AND ${publicSql.agreement("g")}) AS "agreementId", d.slug, d.name, d.kind::text AS kind, d."countryCode"
      FROM "Pledge" p JOIN "Actor" d ON d.id = p."donorId"
      WHERE ${publicSql.pledge("p")} ORDER BY p.id`,
    db.$queryRaw<(ActorColumns & { pledgeId: number })[]>`
      SELECT r."pledgeId", ac.slug, ac.name, ac.kind::text AS kind, ac."countryCode"
      FROM "PledgeRecipient" r JOIN "Pledge" p ON p.id = r."pledgeId" JOIN "Actor" ac ON ac.id = r."actorId"
      WHERE ${publicSql.pledge("p")} AND ${publicSql.actor("ac")} ORDER BY r."pledgeId", r."actorId"`,
  ]);
  const partiesOf = groupBy(parties, (p) => p.agreementId);
  const recipientsOf = groupBy(recipients, (r) => r.pledgeId);
  return {
    countries: countries.map((c) => ({ code: c.countryCode!.trim().toUpperCase(), slug: c.slug, name: c.name })),
    agreements: agreements.map((a) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      type: a.type,
      status: a.status,
      year: a.year,
      // Agreements carry no USD normalisation: only a value stated in dollars is counted.
      usd: a.usd === null ? null : Number(a.usd),
      categories: a.categories,
      workCountryCodes: a.work,
      parties: (partiesOf.get(a.id) ?? []).map((p) => ({ role: p.role, actor: actorOf(p) })),
    })),
    pledges: pledges.map((p) => ({
      id: p.id,
      slug: p.pledgeSlug,
      title: p.title,
      kind: p.pledgeKind,
      status: p.status,
      year: p.year,
      usd: p.usd === null ? null : Number(p.usd),
      category: p.category,
      disclosure: p.disclosure,
      agreementId: p.agreementId,
      donor: actorOf(p),
      recipients: (recipientsOf.get(p.id) ?? []).map(actorOf),
    })),
  };
});
