// What the record rules see of one sentence: its actors (with kinds), dates, money, quantities and
// places, plus helpers to ask "who is the subject before this verb?" or "who comes after 'to'?".
import type { ActorIndex, Target } from "../actor-index";
import type { LinkHint } from "../actor-discovery";
import { formatAt, type Published } from "../dates";
import type {
  ActorMention,
  ActorRef,
  DateMention,
  DatePrecision,
  MoneyMention,
  PlaceMention,
  QuantityMention,
  Sentence,
} from "../types";

export interface SentenceContext {
  sentence: Sentence;
  actors: ActorMention[];
  dates: DateMention[];
  money: MoneyMention[];
  quantities: QuantityMention[];
  places: PlaceMention[];
}

export interface DocumentContext {
  text: string;
  sentences: SentenceContext[];
  index: ActorIndex;
  links: LinkHint[];
  published?: Published;
  /** The country the article is mostly about receiving help (most mentioned country actor). */
  mainCountry?: string;
  /** Country actors by number of mentions, most first. */
  countryRanking: string[];
}

const PARTY_KINDS = new Set(["COUNTRY", "COMPANY", "GOVERNMENT_BODY", "ORGANISATION", "ALLIANCE"]);
const MEDIA = /\b(?:times|post|journal|news|telegraph|guardian|monde|figaro|echos|spiegel|politico|bloomberg|reuters|press|bbc|afp|france 24|breaking defense|pravda|independent|newshub|economist|newswire|wire)\b/i;

export function target(doc: DocumentContext, key: string): Target {
  return doc.index.targets.get(key)!;
}

export function refOf(doc: DocumentContext, key: string): ActorRef {
  const t = target(doc, key);
  return t.existing ? t.key : { new: true, slug: t.key, name: t.name, kind: t.kind, ...(t.countryCode ? { countryCode: t.countryCode } : {}) };
}

/** A media outlet: an organisation reporting, or an outlet by name. */
export function isMedia(doc: DocumentContext, key: string): boolean {
  const t = target(doc, key);
  return t.kind === "ORGANISATION" && (MEDIA.test(t.name) || t.aliases.some((a) => MEDIA.test(a)));
}

/** An actor that can be a party to an agreement or a pledge: not a person, not a newspaper. */
export function isPartyKind(doc: DocumentContext, key: string): boolean {
  return PARTY_KINDS.has(target(doc, key).kind) && !isMedia(doc, key);
}

/** The COUNTRY actor standing for an actor's country (a person's, a ministry's, a company's). */
export function countryActorOf(doc: DocumentContext, key: string): string | undefined {
  const t = target(doc, key);
  if (t.kind === "COUNTRY") return key;
  const office = doc.links.find((l) => l.from === key && l.type === "HOLDS_OFFICE_IN" && target(doc, l.to)?.kind === "COUNTRY");
  if (office) return office.to;
  if (!t.countryCode) return undefined;
  return [...doc.index.targets.values()].find((x) => x.kind === "COUNTRY" && x.countryCode === t.countryCode)?.key;
}

export function countryKeyOfCode(doc: DocumentContext, code: string | undefined): string | undefined {
  return code ? [...doc.index.targets.values()].find((x) => x.kind === "COUNTRY" && x.countryCode === code)?.key : undefined;
}

/** Offset of `re` in the sentence (absolute), or -1. */
export function find(ctx: SentenceContext, re: RegExp, from = ctx.sentence.start): number {
  const local = from - ctx.sentence.start;
  const m = new RegExp(re.source, re.flags.replace("g", "")).exec(ctx.sentence.quote.slice(local));
  return m ? ctx.sentence.start + local + m.index : -1;
}

/** Text of the sentence between two absolute offsets. */
export function between(ctx: SentenceContext, from: number, to: number): string {
  return ctx.sentence.quote.slice(Math.max(0, from - ctx.sentence.start), Math.max(0, to - ctx.sentence.start));
}

/** The clause around an absolute offset: from the last strong boundary before it to the next after. */
export function clauseAt(ctx: SentenceContext, at: number): { start: number; end: number; text: string } {
  const s = ctx.sentence.quote;
  const local = at - ctx.sentence.start;
  const boundary = /[;:]\s|,\s(?=(?:but|while|whereas|although|though|which|who|after|before|as|and then)\b)|\s[–—]\s/g;
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(boundary)) {
    if (m.index! + m[0].length <= local) start = m.index! + m[0].length;
    else if (m.index! > local) {
      end = m.index!;
      break;
    }
  }
  return { start: ctx.sentence.start + start, end: ctx.sentence.start + end, text: s.slice(start, end) };
}

/** Whether a mention reports rather than acts: "the Telegraph reported", "according to X". */
export function isReporterMention(doc: DocumentContext, ctx: SentenceContext, m: ActorMention): boolean {
  const after = doc.text.slice(m.end, m.end + 30);
  const lead = doc.text.slice(Math.max(ctx.sentence.start, m.start - 20), m.start);
  return isMedia(doc, m.actor) || /^\s*(?:reported|reports|writes|wrote|has learned|learned|quoted)\b/.test(after) || /\baccording to (?:the )?$/i.test(lead);
}

/** A date for a record from its sentence, or the publication date (marked inferred). */
export function dateFor(doc: DocumentContext, ctxs: SentenceContext[]): { date: string; precision: DatePrecision; inferred: boolean; note?: string } | undefined {
  for (const ctx of ctxs) {
    const d = ctx.dates.find((x) => x.precision !== "YEAR") ?? ctx.dates[0];
    if (d) return { date: d.date, precision: d.precision, inferred: d.inferred, note: d.note };
  }
  if (!doc.published) return undefined;
  return {
    date: formatAt(doc.published.date, doc.published.precision),
    precision: doc.published.precision,
    inferred: true,
    note: "no date in the sentence: the publication date",
  };
}

export function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** "weapons against Russia", "war with Russia": the other side, never a party or a recipient. */
export function isAdversaryMention(doc: DocumentContext, m: ActorMention): boolean {
  return /\b(?:against|fight(?:ing)?|war (?:with|on|against)|invaded by|attacks? (?:by|from)|aggression by|sanctions on|deter(?:ring)?)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 30), m.start));
}

/** The country the article is about helping, other than `donor` and the donor's own country. */
export function mainRecipient(doc: DocumentContext, donor: string): string | undefined {
  const donorCountry = countryActorOf(doc, donor);
  return doc.countryRanking.find((k) => k !== donor && k !== donorCountry);
}
