// Scores the assistant's proposals for one article against what was expected: recall of actors,
// dates, amounts/quantities and records (right kind or type, right parties), precision of records
// (proposals that match nothing expected), quotes not verbatim, and the "must not claim" checks.
import { normaliseName } from "../actor-index";
import { quoteOccursIn } from "@/lib/quotes";
import type { ActorRef, Citation, Proposals } from "../types";
import type { EvalArticle, ExpectedActor } from "./expected";

export interface Ratio {
  hit: number;
  total: number;
}
export interface ArticleScore {
  id: string;
  actors: Ratio;
  dates: Ratio;
  amounts: Ratio;
  agreements: Ratio;
  pledges: Ratio;
  events: Ratio;
  /** Proposed records that match something expected / all proposed records. */
  precision: Ratio;
  /** Matched records whose status (or stance) agrees with the expected one. */
  status: Ratio;
  notVerbatim: number;
  /** Matched records whose proposed status is further along than the expected one. */
  overClaims: string[];
  mustNotViolations: string[];
  misses: string[];
}

const r = (hit: number, total: number): Ratio => ({ hit, total });
const refKey = (ref: ActorRef) => (typeof ref === "string" ? ref : ref.slug);

/** Names under which a proposal's actor may be recognised. */
function proposalNames(p: Proposals): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const a of p.actors) names.set(a.slug, new Set([a.slug, normaliseName(a.name), ...a.aliases.map(normaliseName)]));
  return names;
}

/** Resolves an expected actor (seed slug or name) to the keys of the proposals' actors it can be. */
function resolver(p: Proposals, expectedActors: ExpectedActor[]) {
  const names = proposalNames(p);
  return (label: string): Set<string> => {
    const exp = expectedActors.find((a) => ("slug" in a ? a.slug === label : a.name === label));
    const wanted = new Set<string>([label, normaliseName(label)]);
    if (exp && "name" in exp) for (const n of [exp.name, ...exp.aliases]) wanted.add(normaliseName(n));
    const keys = new Set<string>();
    for (const [key, set] of names) if ([...wanted].some((w) => set.has(w))) keys.add(key);
    // An actor referred to in a record but not in the actor list (e.g. a group): match by its own key.
    if (keys.size === 0) keys.add(label);
    return keys;
  };
}

function allCitations(p: Proposals): Citation[] {
  return [
    ...p.actors.flatMap((a) => a.citations),
    ...p.agreements.flatMap((a) => [...a.citations, ...a.parties.flatMap((x) => x.citations), ...a.statusHistory.flatMap((s) => s.citations)]),
    ...p.pledges.flatMap((x) => x.citations),
    ...p.events.flatMap((e) => e.citations),
    ...p.actorLinks.flatMap((l) => l.citations),
  ];
}

/** Maximum bipartite matching (Kuhn's augmenting paths): expected index → proposal index. */
export function maximumMatching(left: number, right: number, edge: (i: number, j: number) => boolean, preference: (i: number, j: number) => number = () => 0): Map<number, number> {
  const owner = new Array<number>(right).fill(-1);
  // Candidates most alike first (a shared quote, the same item), so that a pair is the right pair.
  const adjacency = Array.from({ length: left }, (_, i) =>
    Array.from({ length: right }, (_, j) => j)
      .filter((j) => edge(i, j))
      .sort((a, b) => preference(i, b) - preference(i, a)),
  );
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    // A free candidate first: only displace another pair when there is no other way.
    const free = adjacency[i]!.find((j) => owner[j] === -1 && !seen[j]);
    if (free !== undefined) {
      seen[free] = true;
      owner[free] = i;
      return true;
    }
    for (const j of adjacency[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || tryAssign(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  // Records with a clearly matching proposal (a shared quote) are paired first.
  const best = (i: number) => Math.max(-1, ...adjacency[i]!.map((j) => preference(i, j)));
  const order = Array.from({ length: left }, (_, i) => i).sort((a, b) => best(b) - best(a));
  for (const i of order) tryAssign(i, new Array<boolean>(right).fill(false));
  const pairs = new Map<number, number>();
  owner.forEach((i, j) => i >= 0 && pairs.set(i, j));
  return pairs;
}

const overlaps = (a: string, quotes: string[]) => quotes.some((q) => a.includes(q.slice(0, 60)) || q.includes(a.slice(0, 60)));

export function scoreArticle(article: EvalArticle, p: Proposals): ArticleScore {
  const e = article.expected;
  const misses: string[] = [];
  const resolve = resolver(p, e.actors);
  const proposed = new Set(p.actors.map((a) => a.slug));

  // Actors.
  let actorHits = 0;
  let actorTotal = 0;
  for (const a of e.actors) {
    const label = "slug" in a ? a.slug : a.name;
    const found = [...resolve(label)].some((k) => proposed.has(k));
    if (found) actorHits++;
    if (!a.optional) actorTotal++;
    else if (found) actorTotal++;
    if (!found && !a.optional) misses.push(`actor ${label}`);
  }

  // Dates: the same value, or a finer one inside it ("2023-02-11" satisfies "2023-02").
  const extracted = p.extracted.dates.flatMap((d) => [d.date, ...(d.endDate ? [d.endDate] : [])]);
  let dateHits = 0;
  for (const d of e.dates) {
    const ok = extracted.some((x) => x === d.date || x.startsWith(`${d.date}-`));
    if (ok) dateHits++;
    else misses.push(`date ${d.date}${d.text ? ` (${d.text})` : ""}`);
  }

  // Amounts, shares and quantities.
  let amountHits = 0;
  const amountTotal = e.amounts.length + e.shares.length + e.quantities.length;
  for (const a of e.amounts) {
    const ok = p.extracted.amounts.some((m) => Number(m.amount) === Number(a.amount) && m.currency === a.currency);
    if (ok) amountHits++;
    else misses.push(`amount ${a.amount} ${a.currency}`);
  }
  for (const s of e.shares) {
    if (p.extracted.shares.some((m) => Number(m.percent) === s)) amountHits++;
    else misses.push(`share ${s} %`);
  }
  for (const q of e.quantities) {
    const head = q.item.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, "");
    const ok = p.extracted.quantities.some((m) =>
      q.quantity !== undefined ? Number(m.quantity) === q.quantity : m.quantity === undefined && (m.unit.toLowerCase().replace(/s$/, "").endsWith(head) || m.item.toLowerCase().includes(head)),
    );
    if (ok) amountHits++;
    else misses.push(`quantity ${q.quantity ?? ""} ${q.item}`.replace("  ", " "));
  }

  // Records: one proposal per expected record, right kind/type and parties.
  const curated = article.curatedQuotes;
  const usedA = new Set<number>();
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  let statusHit = 0;
  let statusTotal = 0;
  const overClaims: string[] = [];
  const keysOf = (labels: string[]) => labels.map((l) => resolve(l));
  const overlapCount = (want: Set<string>[], have: Set<string>) => want.filter((w) => [...w].some((k) => have.has(k))).length;

  const alike = (kind: string, x: { slug?: string }, citations: Citation[]) => {
    const cq = curated && x.slug ? curated.get(`${kind}:${x.slug}`) ?? [] : [];
    return citations.some((c) => overlaps(c.quote, cq)) ? 1 : 0;
  };
  // Each expected record may be matched by one proposal and each proposal used once: the largest such
  // matching (augmenting paths), so that the order of the records never decides the score.
  const agreementPairs = maximumMatching(e.agreements.length, p.agreements.length, (i, j) => {
    const x = e.agreements[i]!;
    const a = p.agreements[j]!;
    const want = keysOf(x.parties);
    return a.type === x.type && overlapCount(want, new Set(a.parties.map((y) => refKey(y.actor)))) >= Math.min(2, want.length);
  }, (i, j) => alike("agreements", e.agreements[i]!, p.agreements[j]!.citations) + overlapCount(keysOf(e.agreements[i]!.parties), new Set(p.agreements[j]!.parties.map((y) => refKey(y.actor)))) / 10);
  const pledgePairs = maximumMatching(e.pledges.length, p.pledges.length, (i, j) => {
    const x = e.pledges[i]!;
    const y = p.pledges[j]!;
    return y.kind === x.kind && resolve(x.donor).has(refKey(y.donor)) && overlapCount(keysOf(x.recipients), new Set(y.recipients.map(refKey))) >= 1;
  }, (i, j) => alike("pledges", e.pledges[i]!, p.pledges[j]!.citations));
  const eventPairs = maximumMatching(e.events.length, p.events.length, (i, j) => {
    const x = e.events[i]!;
    const y = p.events[j]!;
    return y.kind === x.kind && overlapCount(keysOf(x.actors), new Set(y.actors.map((a) => refKey(a.actor)))) >= 1;
  }, (i, j) => alike("events", e.events[i]!, p.events[j]!.citations) + overlapCount(keysOf(e.events[i]!.actors), new Set(p.events[j]!.actors.map((a) => refKey(a.actor)))) / 10);
  const AGREEMENT_ORDER = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED"];
  const PLEDGE_ORDER = ["UNDER_DISCUSSION", "PLEDGED", "PARTIALLY_DELIVERED", "DELIVERED"];
  const compare = (order: string[], want: string, got: string, what: string) => {
    statusTotal++;
    if (want === got) return statusHit++;
    const over = order.includes(want) && order.includes(got) && order.indexOf(got) > order.indexOf(want);
    if (over) overClaims.push(`${what}: proposed ${got}, curated ${want}`);
    misses.push(`status of ${what}: proposed ${got}, expected ${want}${over ? " (over-claim)" : ""}`);
  };
  for (const [i, j] of agreementPairs) {
    usedA.add(j);
    const want = e.agreements[i]!.status;
    if (want) compare(AGREEMENT_ORDER, want, p.agreements[j]!.status, `agreement ${p.agreements[j]!.slug}`);
  }
  for (const [i, j] of pledgePairs) {
    usedP.add(j);
    const want = e.pledges[i]!.status;
    if (want) compare(PLEDGE_ORDER, want, p.pledges[j]!.status, `pledge ${p.pledges[j]!.slug}`);
  }
  for (const [i, j] of eventPairs) {
    usedE.add(j);
    const want = e.events[i]!.stance;
    if (want) {
      statusTotal++;
      if (p.events[j]!.stance === want) statusHit++;
    }
  }
  e.agreements.forEach((x, i) => agreementPairs.has(i) || misses.push(`agreement ${x.type} ${x.parties.join(" + ")}`));
  e.pledges.forEach((x, i) => pledgePairs.has(i) || misses.push(`pledge ${x.kind} ${x.donor} → ${x.recipients.join(", ")}`));
  e.events.forEach((x, i) => eventPairs.has(i) || misses.push(`event ${x.kind} ${x.actors.join(", ")}`));
  const agreementHits = agreementPairs.size;
  const pledgeHits = pledgePairs.size;
  const eventHits = eventPairs.size;

  // Precision: a proposal that matched nothing strictly may still be a near miss of an expected record
  // (same kind, a party in common and, for the seed set, a quote in common); otherwise it is invented.
  const relaxed = (quotes: string[], keys: Set<string>, kind: "agreements" | "pledges" | "events", typeOk: (i: number) => boolean) =>
    (kind === "agreements" ? e.agreements : kind === "pledges" ? e.pledges : e.events).some((x, i) => {
      const labels = "parties" in x ? x.parties : "actors" in x ? x.actors : [x.donor, ...x.recipients];
      const sharesActor = keysOf(labels).some((w) => [...w].some((k) => keys.has(k)));
      const cq = curated && "slug" in x && x.slug ? curated.get(`${kind}:${x.slug}`) ?? [] : [];
      return sharesActor && (typeOk(i) || quotes.some((q) => overlaps(q, cq)));
    });
  let precisionHit = 0;
  p.agreements.forEach((a, i) => {
    if (usedA.has(i) || relaxed(a.citations.map((c) => c.quote), new Set(a.parties.map((y) => refKey(y.actor))), "agreements", (j) => e.agreements[j]!.type === a.type)) precisionHit++;
  });
  p.pledges.forEach((x, i) => {
    if (usedP.has(i) || relaxed(x.citations.map((c) => c.quote), new Set([refKey(x.donor), ...x.recipients.map(refKey)]), "pledges", (j) => e.pledges[j]!.kind === x.kind)) precisionHit++;
  });
  p.events.forEach((x, i) => {
    if (usedE.has(i) || relaxed(x.citations.map((c) => c.quote), new Set(x.actors.map((a) => refKey(a.actor))), "events", (j) => e.events[j]!.kind === x.kind)) precisionHit++;
  });
  const proposedRecords = p.agreements.length + p.pledges.length + p.events.length;

  // Must-not checks: an over-claimed status or an analyst's guess stated as fact.
  const violations: string[] = [];
  for (const rule of e.mustNot) {
    const list = rule.entity === "agreements" ? p.agreements : p.pledges;
    for (const rec of list) {
      const involved = rule.entity === "agreements" ? (rec as (typeof p.agreements)[number]).parties.map((x) => refKey(x.actor)) : [refKey((rec as (typeof p.pledges)[number]).donor)];
      const who = rule.party ?? rule.donor;
      if (who && ![...resolve(who)].some((k) => involved.includes(k))) continue;
      if (rule.itemContains && !JSON.stringify(rec.citations).includes(rule.itemContains) && !("item" in rec && String(rec.item).includes(rule.itemContains))) continue;
      if (rule.statusNot.includes(rec.status)) violations.push(`${rule.what}: proposed ${rec.status} (${rec.slug})`);
    }
  }

  const notVerbatim = allCitations(p).filter((c) => article.text.slice(c.start, c.end) !== c.quote || !quoteOccursIn(c.quote, article.text)).length;
  return {
    id: article.id,
    actors: r(actorHits, actorTotal),
    dates: r(dateHits, e.dates.length),
    amounts: r(amountHits, amountTotal),
    agreements: r(agreementHits, e.agreements.length),
    pledges: r(pledgeHits, e.pledges.length),
    events: r(eventHits, e.events.length),
    precision: r(precisionHit, proposedRecords),
    status: r(statusHit, statusTotal),
    notVerbatim,
    overClaims,
    mustNotViolations: violations,
    misses,
  };
}
