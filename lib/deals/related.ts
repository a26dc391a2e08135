// Which other deals to show as "related": those sharing a party or an equipment category, the rarest
// shared things counting most — almost every deal has Ukraine as a party, so sharing Ukraine alone
// says little, while sharing Babcock or "air defence" says a lot.

export interface RelatedCandidate<A extends { slug: string }> {
  slug: string;
  parties: A[];
  categories: string[];
  /** ISO date, for the tie-break (newer first). */
  startDate: string | null;
}

export interface RankedRelated<A, C> {
  deal: C;
  sharedParties: A[];
  sharedCategories: string[];
  score: number;
}

/**
 * How many deals have each party (by slug) and each category. Counting every deal in the database
 * is the database's job (lib/data/agreement-page.ts); when all deals are at hand, `countDeals` does it.
 */
export interface DealCounts {
  parties: Map<string, number>;
  categories: Map<string, number>;
}

/** Counts each party and category once per deal. */
export function countDeals(deals: { parties: { slug: string }[]; categories: string[] }[]): DealCounts {
  const parties = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const deal of deals) {
    for (const slug of new Set(deal.parties.map((p) => p.slug))) parties.set(slug, (parties.get(slug) ?? 0) + 1);
    for (const category of new Set(deal.categories)) categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  return { parties, categories };
}

/**
 * Ranks `candidates` by what they share with `current`. Each shared party or category weighs
 * 1 / (number of deals, `current` included, that have it). Without `counts`, the deals counted are
 * `current` and the candidates — right when the candidates are every deal sharing something with it;
 * with a shortlist of candidates, pass the counts over all deals.
 */
export function rankRelatedDeals<A extends { slug: string }, C extends RelatedCandidate<A>>(
  current: { slug: string; parties: A[]; categories: string[] },
  candidates: C[],
  limit = 5,
  counts?: DealCounts,
): RankedRelated<A, C>[] {
  const others = candidates.filter((c) => c.slug !== current.slug);
  const { parties: partyCount, categories: categoryCount } = counts ?? countDeals([current, ...others]);
  const myParties = new Set(current.parties.map((p) => p.slug));
  const myCategories = new Set(current.categories);

  return others
    .map((deal) => {
      const sharedParties = uniqueBySlug(deal.parties.filter((p) => myParties.has(p.slug)));
      const sharedCategories = [...new Set(deal.categories.filter((c) => myCategories.has(c)))];
      const score =
        sharedParties.reduce((sum, p) => sum + 1 / partyCount.get(p.slug)!, 0) +
        sharedCategories.reduce((sum, c) => sum + 1 / categoryCount.get(c)!, 0);
      return { deal, sharedParties, sharedCategories, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (b.deal.startDate ?? "").localeCompare(a.deal.startDate ?? "") || a.deal.slug.localeCompare(b.deal.slug))
    .slice(0, limit);
}

function uniqueBySlug<A extends { slug: string }>(items: A[]): A[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.slug) ? false : (seen.add(item.slug), true)));
}
