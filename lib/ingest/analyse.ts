// The article assistant: reads an article (offline, deterministically) and proposes actors,
// agreements, pledges, events and actor links shaped like the seed dataset, each with the verbatim
// quotes (and offsets) it rests on. Nothing here writes: proposals become drafts only through the
// admin's one write path after a person reviews them.
import { buildActorIndex, type IndexOptions, type KnownActor } from "./actor-index";
import { analyseActors } from "./actors";
import { findMoney, findQuantities, findShares } from "./amounts";
import { findDates } from "./dates";
import { MAX_ARTICLE_CHARACTERS } from "./input";
import { parsePublished } from "./published";
import { findActorLinks } from "./links";
import { matchAgreement, matchEvent, matchPledge, type KnownRecords } from "./match";
import { agreementProposal, eventProposal, pledgeProposal, SlugRegistry } from "./proposals";
import { citationsAreVerbatim } from "./quotes";
import { findAgreements } from "./records/agreements";
import type { DocumentContext, SentenceContext } from "./records/context";
import { announcementsOf, findEvents } from "./records/events";
import { findPledges } from "./records/pledges";
import { fold, segment } from "./text";
import type { Citation, Proposals } from "./types";

export interface AnalyseOptions {
  /** Publication date, "YYYY", "YYYY-MM" or "YYYY-MM-DD": the anchor of "last week", "on Saturday". */
  published?: string;
  /** Actors the tracker already has (name and aliases are matched first). */
  actors: KnownActor[];
  /** Records the tracker already has, to offer "add as evidence" instead of duplicates. */
  records?: KnownRecords;
  /** Where actors and records came from, reported in the output. */
  knownFrom?: string;
  index?: IndexOptions;
}

export { MAX_ARTICLE_CHARACTERS, parsePublished };

export function analyseArticle(text: string, options: AnalyseOptions): Proposals {
  if (text.length > MAX_ARTICLE_CHARACTERS) throw new Error(`The article is ${text.length.toLocaleString("en")} characters long; the assistant reads at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")}.`);
  const published = parsePublished(options.published);
  const warnings: string[] = [];
  if (!published) warnings.push("No publication date: relative dates (\"on Saturday\", \"last year\") and dates without a year are left out.");
  const folded = fold(text);
  const { sentences, skipped } = segment(text);
  if (skipped.length > 0) warnings.push(`${skipped.length} paragraph(s) read as page furniture (paywall, newsletter, cookie or footer text) were left out.`);

  const index = buildActorIndex(options.actors, options.index);
  const actorAnalysis = analyseActors(text, folded, sentences, index);
  const { dates, warnings: dateWarnings } = findDates(text, sentences, published);
  warnings.push(...dateWarnings);
  const amounts = findMoney(text, sentences);
  const shares = findShares(text, sentences);
  const quantities = findQuantities(text, sentences, amounts, dates.filter((d) => d.precision === "YEAR"));

  const ctxs: SentenceContext[] = sentences.map((sentence) => ({
    sentence,
    actors: actorAnalysis.mentions.filter((m) => m.sentence === sentence.index),
    dates: dates.filter((d) => d.sentence === sentence.index),
    money: amounts.filter((m) => m.sentence === sentence.index),
    quantities: quantities.filter((q) => q.sentence === sentence.index),
    places: actorAnalysis.places.filter((p) => p.sentence === sentence.index && !p.dateline),
  }));
  const counts = new Map<string, number>();
  // The countries the article is about helping: adversaries ("against Russia") are not counted.
  for (const m of actorAnalysis.mentions) {
    if (index.targets.get(m.actor)?.kind !== "COUNTRY" || /\b(?:against|war (?:with|on|against)|invaded by|attacks? (?:by|from)|aggression by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  const countryRanking = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const doc: DocumentContext = { text, sentences: ctxs, index, links: actorAnalysis.links, published, mainCountry: countryRanking[0], countryRanking };

  const slugs = new SlugRegistry();
  const agreementDrafts = findAgreements(doc);
  const pledgeDrafts = findPledges(doc);
  const recordParties = new Map<number, Set<string>>();
  const note = (i: number, key: string) => recordParties.set(i, (recordParties.get(i) ?? new Set()).add(key));
  // Only the sentence a record was founded on: a later sentence in which a party speaks is a statement.
  for (const d of agreementDrafts) for (const k of d.parties.keys()) note(d.ctxs[0]!.sentence.index, k);
  for (const p of pledgeDrafts) note(p.ctx.sentence.index, p.donor);
  const eventDrafts = findEvents(doc, recordParties);
  eventDrafts.push(...announcementsOf(doc, agreementDrafts, pledgeDrafts, eventDrafts));
  eventDrafts.sort((a, b) => a.ctxs[0]!.sentence.start - b.ctxs[0]!.sentence.start);

  const agreements = agreementDrafts.map((d) => agreementProposal(doc, d, slugs));
  const pledges = pledgeDrafts.map((p) => pledgeProposal(doc, p, slugs));
  const events = eventDrafts.map((e) => eventProposal(doc, e, slugs));
  const actorLinks = findActorLinks(doc);
  if (options.records) {
    for (const a of agreements) a.matches = matchAgreement(a, options.records.agreements);
    for (const p of pledges) p.matches = matchPledge(p, options.records.pledges);
    for (const e of events) e.matches = matchEvent(e, options.records.events);
  }
  const actors = [...actorAnalysis.proposals.values()];

  const all: Citation[] = [
    ...actors.flatMap((a) => a.citations),
    ...agreements.flatMap((a) => [...a.citations, ...a.parties.flatMap((p) => p.citations), ...a.statusHistory.flatMap((s) => s.citations)]),
    ...pledges.flatMap((p) => p.citations),
    ...events.flatMap((e) => e.citations),
    ...actorLinks.flatMap((l) => l.citations),
  ];
  if (!citationsAreVerbatim(text, all)) warnings.push("Internal error: a quote does not match the text at its offsets; please report this article.");

  return {
    source: {
      ...(published ? { published: options.published!.trim(), publishedPrecision: published.precision } : {}),
      characters: text.length,
      sentences: sentences.length,
      knownFrom: options.knownFrom ?? "given actors",
    },
    actors,
    agreements,
    pledges,
    events,
    actorLinks,
    extracted: { sentences, dates, amounts, shares, quantities, places: actorAnalysis.places },
    warnings,
  };
}
