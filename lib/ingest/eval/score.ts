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

/** The unused candidate with the most parties in common (at least `need`), or -1. */
function best<T>(list: T[], used: Set<number>, overlap: (t: T) => number, need: number): number {
  let found = -1;
  let most = need - 1;
  list.forEach((t, j) => {
    if (used.has(j)) return;
    const n = overlap(t);
    if (n > most) (most = n), (found = j);
  });
  return found;
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
  const keysOf = (labels: string[]) => labels.map((l) => resolve(l));
  const overlapCount = (want: Set<string>[], have: Set<string>) => want.filter((w) => [...w].some((k) => have.has(k))).length;

  let agreementHits = 0;
  for (const x of e.agreements) {
    const want = keysOf(x.parties);
    const need = Math.min(2, want.length);
    const i = best(p.agreements, usedA, (a) => (a.type === x.type ? overlapCount(want, new Set(a.parties.map((y) => refKey(y.actor)))) : -1), need);
    if (i < 0) {
      misses.push(`agreement ${x.type} ${x.parties.join(" + ")}`);
      continue;
    }
    usedA.add(i);
    agreementHits++;
    if (x.status) (statusTotal++, p.agreements[i]!.status === x.status && statusHit++);
  }
  let pledgeHits = 0;
  for (const x of e.pledges) {
    const donor = resolve(x.donor);
    const recipients = keysOf(x.recipients);
    const i = p.pledges.findIndex(
      (y, j) => !usedP.has(j) && y.kind === x.kind && donor.has(refKey(y.donor)) && overlapCount(recipients, new Set(y.recipients.map(refKey))) >= 1,
    );
    if (i < 0) {
      misses.push(`pledge ${x.kind} ${x.donor} → ${x.recipients.join(", ")}`);
      continue;
    }
    usedP.add(i);
    pledgeHits++;
    if (x.status) (statusTotal++, p.pledges[i]!.status === x.status && statusHit++);
  }
  let eventHits = 0;
  for (const x of e.events) {
    const want = keysOf(x.actors);
    const i = best(p.events, usedE, (y) => (y.kind === x.kind ? overlapCount(want, new Set(y.actors.map((a) => refKey(a.actor)))) : -1), 1);
    if (i < 0) {
      misses.push(`event ${x.kind} ${x.actors.join(", ")}`);
      continue;
    }
    usedE.add(i);
    eventHits++;
    if (x.stance) (statusTotal++, p.events[i]!.stance === x.stance && statusHit++);
  }

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
    mustNotViolations: violations,
    misses,
  };
}
