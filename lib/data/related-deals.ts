// The "related deals" of a deal page. The database counts how many public deals have each of this
// deal's parties and categories and shortlists the best-scoring other deals; only the shortlist is
// loaded, and `rankRelatedDeals` (lib/deals/related.ts) — the one definition of the ranking — orders it.
// Everything is looked up by the deal's slug, so it runs alongside the page's own query.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { rankRelatedDeals, type DealCounts } from "@/lib/deals/related";
import { actorRefSelect, toDate, type ActorRef } from "./shared";
import { publicParty, publicSql } from "./visibility";

const SHOWN = 5;
/** Room for the database's float sums to differ from JavaScript's in the last bit near the cut. */
const SHORTLIST = SHOWN * 5;

const candidateSelect = {
  slug: true,
  title: true,
  type: true,
  status: true,
  categories: true,
  startDate: true,
  startDatePrecision: true,
  parties: { where: publicParty, select: { actor: { select: actorRefSelect } }, orderBy: { id: "asc" } },
} satisfies Prisma.AgreementSelect;

const visibleDeal = publicSql.agreement("g");

/**
 * In one query: how many public deals (this one included, as the ranking wants) have each of this
 * deal's parties (by actor slug) and categories, and the ids of the best-scoring other deals by the
 * ranking's score (ties: newer, then slug). Nothing for an unknown or hidden slug.
 */
async function countsAndShortlist(db: PrismaClient, slug: string): Promise<{ counts: DealCounts; ids: number[] }> {
  const [row] = await db.$queryRaw<{ counts: { kind: string; key: string; deals: number }[]; ids: number[] }[]>`
    WITH me AS (SELECT g.id, g.categories FROM "Agreement" g WHERE g.slug = ${slug} AND ${visibleDeal}),
    shared AS (
      SELECT DISTINCT * FROM (
        SELECT p."agreementId" AS deal, 'party' AS kind, a.slug AS key
        FROM "AgreementParty" p JOIN "Actor" a ON a.id = p."actorId" JOIN "Agreement" g ON g.id = p."agreementId"
        WHERE p."actorId" IN (SELECT mine."actorId" FROM "AgreementParty" mine JOIN me ON mine."agreementId" = me.id) AND ${visibleDeal} AND ${publicSql.actor("a")}
        UNION ALL
        SELECT g.id AS deal, 'category' AS kind, c.category AS key
        FROM "Agreement" g CROSS JOIN LATERAL unnest(g.categories::text[]) AS c(category)
        WHERE g.categories && (SELECT categories FROM me) AND c.category = ANY((SELECT categories FROM me)::text[]) AND ${visibleDeal}
      ) t
    ),
    counted AS (SELECT kind, key, count(*)::int AS deals FROM shared GROUP BY kind, key),
    scored AS (
      SELECT s.deal, sum(1::float8 / c.deals) AS score
      FROM shared s JOIN counted c ON c.kind = s.kind AND c.key = s.key
      WHERE s.deal NOT IN (SELECT id FROM me)
      GROUP BY s.deal
    ),
    shortlist AS (
      SELECT g.id FROM scored JOIN "Agreement" g ON g.id = scored.deal
      ORDER BY scored.score DESC, g."startDate" DESC NULLS LAST, g.slug
      LIMIT ${SHORTLIST}
    )
    SELECT (SELECT coalesce(json_agg(counted), '[]'::json) FROM counted) AS counts,
           (SELECT coalesce(array_agg(id), '{}') FROM shortlist) AS ids`;
  const counts: DealCounts = { parties: new Map(), categories: new Map() };
  for (const c of row?.counts ?? []) (c.kind === "party" ? counts.parties : counts.categories).set(c.key, Number(c.deals));
  return { counts, ids: row?.ids ?? [] };
}

export type RelatedShortlist = Awaited<ReturnType<typeof relatedShortlist>>;

/** The candidates for the deal with this slug, with the counts that weigh them. */
export async function relatedShortlist(db: PrismaClient, slug: string) {
  const { counts, ids } = await countsAndShortlist(db, slug);
  const rows = ids.length > 0 ? await db.agreement.findMany({ where: { id: { in: ids } }, select: candidateSelect }) : [];
  const candidates = rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    type: r.type,
    status: r.status,
    categories: r.categories as string[],
    startDate: r.startDate ? r.startDate.toISOString().slice(0, 10) : null,
    start: toDate(r.startDate, r.startDatePrecision),
    parties: r.parties.map((p) => p.actor),
  }));
  return { counts, candidates };
}

/** Up to five public deals sharing the rarest parties and categories with `deal`, best first. */
export function relatedDeals(deal: { slug: string; parties: { actor: ActorRef }[]; categories: string[] }, { counts, candidates }: RelatedShortlist) {
  const current = { slug: deal.slug, parties: deal.parties.map((p) => p.actor), categories: deal.categories };
  return rankRelatedDeals(current, candidates, SHOWN, counts).map((r) => ({
    slug: r.deal.slug,
    title: r.deal.title,
    type: r.deal.type,
    status: r.deal.status,
    startDate: r.deal.start,
    sharedParties: r.sharedParties,
    sharedCategories: r.sharedCategories,
  }));
}
