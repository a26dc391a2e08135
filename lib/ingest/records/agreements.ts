// Draft agreements: a sentence that names a kind of arrangement (licensed production, joint venture,
// co-production, repair, training, technology transfer, export, procurement, financing, framework)
// and the parties to it. Later sentences about "the agreement" or the same parties add their quotes,
// status evidence and fields to the same draft instead of starting a new one.
import { countryOfDemonym } from "../lexicon/countries";
import { categoriesIn } from "../lexicon/equipment";
import { AGREED, ANALYST, CANCELLED, COMPLETED, cuesOf, HEDGED, MODAL, ONGOING, plainly, REPORTING, SIGNED, STALLED } from "../cues";
import { citationAround } from "../quotes";
import type { ActorMention, AgreementStatus, AgreementType, Citation, EquipmentCategory, FieldEvidence, MoneyMention, PartyRole } from "../types";
import { isAdversaryMention, isPartyKind, isReporterMention, target, type DocumentContext, type SentenceContext } from "./context";

const TYPE_CUES: [AgreementType, RegExp][] = [
  ["LICENSED_PRODUCTION", /\blicen[cs](?:e|ed|es|ing)\b(?! plates?)|\b(?:\w+-)?designed\b[^.]{0,60}\b(?:manufactur\w*|produc\w*|built|build)\b[^.]{0,40}\b(?:soil|territory)\b|\b(?:manufactur\w*|produc\w*)\b[^.]{0,60}\b(?:\w+-)?designed\b/i],
  ["JOINT_VENTURE", /\bjoint[- ]ventures?\b/i],
  ["CO_PRODUCTION", /\b(?:joint|shared|co-?)[- ]?(?:weapons\s+)?(?:production|produc(?:e|es|ing)|manufactur\w*)\b|\bco-?owned\b[^.]{0,30}\b(?:capacity|production)\b|\bproduction lines?\b|\b(?:produc(?:e|es|ing|tion)|manufactur\w*|build(?:s|ing)?|assembl\w+)\b[^.]{0,80}\b(?:on \w+ (?:soil|territory)|locally|in the country)\b/i],
  ["TECHNOLOGY_TRANSFER", /\b(?:technology transfer|transfer(?:ring)? (?:of )?(?:technology|technologies|know-how))\b/i],
  ["MAINTENANCE_REPAIR", /\b(?:repair\w*|maintenance|maintain\w*|overhaul\w*|servic(?:e|ing) (?:hub|centre|center|site)|service (?:\w+ ){0,2}(?:equipment|vehicles|tanks|guns|aircraft)|technical support (?:site|centre|center|hub))\b/i],
  ["TRAINING", /\btrain(?:ing|ed|s)?\b[^.]{0,40}\b(?:soldiers|troops|pilots|personnel|recruits|crews|servicemen|forces|instructors|staff)\b/i],
  ["EXPORT", /\b(?:open|reopen|resum|allow|permit|lift|start|begin|boost|increas|expand|approv)\w*\s+(?:\w+\s+){0,3}?exports?\b|\b(?:to|will|would|can|could|began|begin|started|start) export\b|\bexport(?:ed|ing)\b|\bexports? (?:of|to)\b(?! contracts?| controls?| licen)/i],
  ["FINANCING", /\b(?:credit line|line of credit|loans?|financing (?:agreement|facility|mechanism|scheme)|funding mechanism|windfall profits|unlock\w*\s+(?:some\s+|about\s+|up to\s+)?[$€£]\s?\d+|to (?:finance|fund) the (?:purchase|production|acquisition))\b/i],
  ["PROCUREMENT", /\b(?:contracts? (?:with|for|to|worth)|(?:signed|awarded|won|concluded|placed|inked|finali[sz]ed)\s+(?:\w+\s+){0,3}contracts?|purchas\w+|procure\w*|bought|buy(?:s|ing)?|acquisitions? of|recourse to|sourc(?:e|ed|es|ing) from|obtain supplies|orders? (?:for|of)|ordered)\b/i],
  ["FRAMEWORK", /\b(?:defen[cs]e cooperation|military cooperation|industrial cooperation|cooperation (?:agreement|accord|framework)|strategic partnership|security (?:agreement|pact)|framework agreement|memorandum of understanding|coalition|hard ?core of allies|coordinat\w*\b[^.]{0,50}\b(?:purchases|procurement|acquisitions?|deliveries|logistics))\b/i],
];
const PRECEDENCE: AgreementType[] = TYPE_CUES.map(([t]) => t);
const PRODUCTION_FAMILY = new Set<AgreementType>(["LICENSED_PRODUCTION", "JOINT_VENTURE", "CO_PRODUCTION", "TECHNOLOGY_TRANSFER"]);
const COREF = /\b(?:the|this|that|such an?|its)\s+(?:\w+\s+){0,2}(?:agreement|deal|contract|joint venture|partnership|project|initiative|scheme|plan|arrangement|licen[cs]e|licensing deal|plant|factory|venture|partnership model|co-production|production)\b/i;
const LIFECYCLE: AgreementStatus[] = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED"];

interface StatusEvidence {
  status: AgreementStatus;
  ctx: SentenceContext;
  note?: string;
}

export interface AgreementDraft {
  /** The kind the founding sentence names first; production kinds refine each other (licence > joint venture). */
  primary?: AgreementType;
  types: Set<AgreementType>;
  parties: Map<string, Set<PartyRole>>;
  partyCitations: Map<string, Citation>;
  statuses: StatusEvidence[];
  ctxs: SentenceContext[];
  categories: Set<EquipmentCategory>;
  workCountries: Set<string>;
  workLocation?: { text: string; start: number; end: number };
  money?: MoneyMention;
  modal: boolean;
  analyst: boolean;
  hedged: boolean;
  partyVoice: boolean;
  capped: boolean;
  fields: Record<string, FieldEvidence>;
}

const MAKE = /\b(?:produc(?:e|es|ed|ing|tion)|manufactur\w*|build(?:s|ing)?|built|assembl\w+|make|making)\b/i;

function typesIn(text: string, ctx?: SentenceContext): AgreementType[] {
  const found = TYPE_CUES.filter(([, re]) => re.test(text)).map(([t]) => t);
  // "to manufacture spare parts … in Ukraine", "hulls would be built in Ukraine": production in a
  // named country is co-production unless a stronger kind (licence, joint venture) is named.
  if (ctx && !found.some((t) => PRODUCTION_FAMILY.has(t))) {
    const make = MAKE.exec(text);
    if (make && ctx.places.some((p) => p.countryCode && p.start - ctx.sentence.start > make.index)) found.push("CO_PRODUCTION");
  }
  return PRECEDENCE.filter((t) => found.includes(t));
}

/** The status a sentence gives an arrangement, conservatively. */
function statusOf(clause: string): { status?: AgreementStatus; capped: boolean; note?: string } {
  const c = cuesOf(clause);
  const negatedSign = /\b(?:no|not|yet to)\b[^.]{0,40}\b(?:signed|sign|concluded|green light|approved|agreed)\b/i.test(clause);
  if (c.cancelled && plainly(clause, CANCELLED)) return { status: "CANCELLED", capped: false };
  if (c.stalled && plainly(clause, STALLED)) return { status: "STALLED", capped: false };
  if (negatedSign) return { status: "IN_TALKS", capped: true, note: "the text says it is not signed or approved yet" };
  if (plainly(clause, COMPLETED)) return { status: "COMPLETED", capped: false };
  // "Discussions are underway": the talks are what is in progress.
  if (/\b(?:discussions?|talks|negotiations?|consultations?)\b[^.]{0,30}\b(?:under ?way|ongoing|continu\w+|began|begun|started|resumed?)\b/i.test(clause)) return { status: "IN_TALKS", capped: false };
  if (plainly(clause, SIGNED) && !c.future) return { status: "SIGNED", capped: false };
  if (plainly(clause, ONGOING) && !/\bto (?:set up|establish|open|start|begin|launch)\b/i.test(clause.slice(0, (ONGOING.exec(clause)?.index ?? 0) + 12))) {
    return { status: "IN_PROGRESS", capped: false };
  }
  if (c.talks) return { status: "IN_TALKS", capped: false };
  if (plainly(clause, AGREED)) return { status: "ANNOUNCED", capped: false };
  if (c.modal || c.future || c.analyst) return { status: "RUMOURED", capped: false };
  // Naming a deal is not evidence of how far it has got.
  return { capped: false };
}

/** Where the work happens: "in Ukraine", "on Ukrainian soil", "in Poland near the border". */
function workPlaces(doc: DocumentContext, ctx: SentenceContext): { codes: string[]; phrase?: { text: string; start: number; end: number } } {
  const codes: string[] = [];
  let phrase: { text: string; start: number; end: number } | undefined;
  for (const p of ctx.places) {
    if (p.countryCode) codes.push(p.countryCode);
    phrase ??= { text: `in ${p.quote}`, start: p.start, end: p.end };
  }
  const soil = /\bon (\p{Lu}\p{L}+) (?:soil|territory)\b|\b(\p{Lu}\p{L}+) (?:soil|territory)\b/u.exec(ctx.sentence.quote);
  if (soil) {
    const code = countryOfDemonym(soil[1] ?? soil[2]!);
    if (code) codes.push(code);
    const start = ctx.sentence.start + soil.index;
    phrase = { text: soil[0], start, end: start + soil[0].length };
  }
  void doc;
  return { codes: [...new Set(codes)], phrase };
}

function rolesFor(doc: DocumentContext, ctx: SentenceContext, type: AgreementType, key: string, at: number, work: string[]): PartyRole[] {
  const t = target(doc, key);
  const lead = doc.text.slice(Math.max(ctx.sentence.start, at - 40), at);
  if (/\b(?:financed|funded|paid for|backed)\s+(?:\w+\s+)?by\s+(?:a group of\s+)?(?:\w+\s+){0,3}$/i.test(lead)) return ["FINANCIER"];
  if (/\b(?:approv\w+|green light|permission|authori[sz]\w+)\b[^.]{0,30}\b(?:by|from)\s+(?:the\s+)?$/i.test(lead)) return ["APPROVER"];
  if (/\bunder licen[cs]e from\s+(?:the\s+)?$/i.test(lead)) return ["LICENSOR"];
  const inWork = t.countryCode !== undefined && work.includes(t.countryCode);
  switch (type) {
    case "LICENSED_PRODUCTION":
      return inWork ? ["LICENSEE"] : work.length > 0 ? ["LICENSOR"] : ["PARTNER"];
    case "MAINTENANCE_REPAIR":
      return t.kind === "COMPANY" ? ["CONTRACTOR"] : inWork && t.kind === "COUNTRY" ? ["HOST"] : ["BENEFICIARY"];
    case "TRAINING":
      return t.kind === "COMPANY" || !inWork ? ["CONTRACTOR"] : ["BENEFICIARY"];
    case "EXPORT":
      return /\bto\s+(?:the\s+)?$/i.test(lead) ? ["BENEFICIARY"] : ["SUPPLIER"];
    case "PROCUREMENT":
      if (/\b(?:from|to|in|recourse to)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(lead) && t.kind === "COUNTRY") return ["SUPPLIER"];
      return t.kind === "COMPANY" ? ["SUPPLIER"] : ["BENEFICIARY"];
    case "FINANCING":
      return /\b(?:to|for|of|help\w*|support\w*)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(lead) || key === doc.mainCountry ? ["BENEFICIARY"] : ["FINANCIER"];
    default:
      return inWork && t.kind === "COUNTRY" ? ["PARTNER", "HOST"] : ["PARTNER"];
  }
}

function compatible(doc: DocumentContext, a: AgreementDraft, parties: string[], types: AgreementType[]): boolean {
  const sameFamily = types.some((t) => a.types.has(t) || (PRODUCTION_FAMILY.has(t) && [...a.types].some((x) => PRODUCTION_FAMILY.has(x))));
  if (!sameFamily) return false;
  const main = doc.mainCountry;
  const mine = [...a.parties.keys()].filter((k) => k !== main);
  const theirs = parties.filter((k) => k !== main);
  // A draft that names only the main country (or a sentence that does) is too vague to merge on.
  if (theirs.length === 0 || mine.length === 0) return false;
  const country = (k: string) => target(doc, k).countryCode;
  const companiesMine = mine.filter((k) => target(doc, k).kind === "COMPANY" && !theirs.includes(k));
  const companiesTheirs = theirs.filter((k) => target(doc, k).kind === "COMPANY" && !mine.includes(k));
  if (companiesMine.length > 0 && companiesTheirs.length > 0) return false; // two different deals by different firms
  const [small, large] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
  return small.every((k) => large.includes(k) || large.some((l) => country(l) !== undefined && country(l) === country(k)));
}

export function findAgreements(doc: DocumentContext): AgreementDraft[] {
  const drafts: AgreementDraft[] = [];
  let last: AgreementDraft | undefined;
  for (const ctx of doc.sentences) {
    const s = ctx.sentence.quote;
    const types = typesIn(s, ctx);
    const mentions = ctx.actors.filter((m) => isPartyKind(doc, m.actor) && !isReporterMention(doc, ctx, m) && !isAdversaryMention(doc, m));
    // "It could also maintain…", "They will build…": the subject is the previous sentence's.
    const pronoun = pronounSubject(doc, ctx);
    if (pronoun && !mentions.some((m) => m.actor === pronoun.actor)) mentions.unshift(pronoun);
    // "This aid is added to a credit line…": a new arrangement whose parties the previous sentence names.
    if (types.length > 0 && mentions.length === 0 && /^(?:This|These|That|Such|The latter)\b/.test(s.trim())) {
      const prev = doc.sentences[ctx.sentence.index - 1];
      if (prev && prev.sentence.paragraph === ctx.sentence.paragraph) mentions.push(...prev.actors.filter((m) => isPartyKind(doc, m.actor) && !isReporterMention(doc, prev, m)).map((m) => ({ ...m, inherited: true })));
    }
    const parties = [...new Set(mentions.map((m) => m.actor))];
    const distinctCountries = new Set(parties.map((k) => target(doc, k).countryCode ?? k));
    let valid = types.length > 0 && parties.length > 0;
    const primary = types[0];
    if (primary === "FRAMEWORK" || primary === "PROCUREMENT") valid &&= distinctCountries.size >= 2 || (primary === "PROCUREMENT" && /\bcontract/i.test(s));
    if (primary === "EXPORT") valid &&= /\b(?:weapons?|arms|equipment|systems|drones|munitions|military)\b/i.test(s);
    // A statistic or a passing mention of a market is not an arrangement between parties.
    if (valid && /^\s*\d/.test(s) && parties.length < 2) valid = false;

    const recent = last && ctx.sentence.index - last.ctxs.at(-1)!.sentence.index <= 6 ? last : undefined;
    // "Similar negotiations with other European countries are in the pipeline": the same kind of deal,
    // another (perhaps unnamed) counterpart; the article's main country stays a party.
    if (last && types.length === 0 && /\b(?:similar|comparable|parallel)\s+(?:negotiations|talks|deals|agreements|arrangements|discussions|projects)\b/i.test(s)) {
      const draft = newDraft();
      const keys = [...new Set([...parties, ...(doc.mainCountry ? [doc.mainCountry] : [])])];
      drafts.push(draft);
      addSentence(doc, draft, ctx, [typeOfDraft(last)], keys.map((key) => {
        const m = ctx.actors.find((a) => a.actor === key);
        return { key, at: m?.start ?? ctx.sentence.start, sentence: ctx.sentence.index };
      }));
      continue;
    }
    if (!valid) {
      // "The agreement will see…", "This arms license agreement will not be decisive": the same draft.
      const refersBack = COREF.test(s) || (types.length > 0 && parties.length === 0);
      const match = types.length > 0 ? [...drafts].reverse().find((d) => types.some((t) => d.types.has(t))) : undefined;
      const into = refersBack ? (match ?? recent) : undefined;
      if (into && (types.length === 0 || types.some((t) => into.types.has(t) || (PRODUCTION_FAMILY.has(t) && [...into.types].some((x) => PRODUCTION_FAMILY.has(x)))))) {
        addSentence(doc, into, ctx, types, []);
      }
      continue;
    }
    // The same kind of deal between the same parties further on is the same deal, however far.
    const inherited = mentions.some((m) => (m as { inherited?: boolean }).inherited && !pronoun) || /\b(?:separate|another|second|new|different)\s+(?:\w+\s+)?(?:joint venture|agreement|deal|contract|venture|partnership|plant|factory)\b/i.test(s);
    const into = inherited ? undefined : drafts.find(
      (d) => compatible(doc, d, parties, types) && (ctx.sentence.index - d.ctxs.at(-1)!.sentence.index <= 12 || COREF.test(s) || types.includes(typeOfDraft(d))),
    );
    const draft = into ?? newDraft();
    if (!into) drafts.push(draft);
    addSentence(doc, draft, ctx, types, mentions.map((m) => ({ key: m.actor, at: m.start, sentence: m.sentence })));
    last = draft;
  }
  return drafts.filter((d) => d.parties.size > 0);
}

/** The party a leading "it"/"they" stands for: the first party the previous sentence names. */
export function pronounSubject(doc: DocumentContext, ctx: SentenceContext): (ActorMention & { inherited?: boolean }) | undefined {
  const m = /^(?:[^,]{0,40},\s*)?(it|they)\s+(?:\w+\s+){0,3}?(?:would|could|will|can|has|have|is|are|was|were|also|already|plans?|wants?|\w+ed|\w+s)\b/i.exec(ctx.sentence.quote);
  if (!m) return undefined;
  const at = ctx.sentence.start + m.index + m[0].indexOf(m[1]!);
  if (ctx.actors.some((a) => a.end <= at && isPartyKind(doc, a.actor))) return undefined;
  const prev = doc.sentences[ctx.sentence.index - 1];
  const first = prev?.actors.find((a) => isPartyKind(doc, a.actor) && !isReporterMention(doc, prev, a));
  return first ? { ...first, start: at, end: at + m[1]!.length, quote: m[1]!, sentence: ctx.sentence.index, inherited: true } : undefined;
}

function newDraft(): AgreementDraft {
  return {
    types: new Set(),
    parties: new Map(),
    partyCitations: new Map(),
    statuses: [],
    ctxs: [],
    categories: new Set(),
    workCountries: new Set(),
    modal: true,
    analyst: true,
    hedged: false,
    partyVoice: false,
    capped: false,
    fields: {},
  };
}

function addSentence(doc: DocumentContext, d: AgreementDraft, ctx: SentenceContext, types: AgreementType[], parties: { key: string; at: number; sentence: number }[]): void {
  const s = ctx.sentence.quote;
  const first = d.ctxs.length === 0;
  d.ctxs.push(ctx);
  for (const t of types) d.types.add(t);
  d.primary ??= types[0];
  const type = typeOfDraft(d);
  const work = workPlaces(doc, ctx);
  for (const c of work.codes) d.workCountries.add(c);
  if (work.phrase && !d.workLocation) {
    d.workLocation = work.phrase;
    d.fields.workLocation = { value: work.phrase.text, start: work.phrase.start, end: work.phrase.end, quote: doc.text.slice(work.phrase.start, work.phrase.end) };
  }
  for (const { key, at, sentence } of parties) {
    const roles = d.parties.get(key) ?? new Set<PartyRole>();
    for (const r of rolesFor(doc, doc.sentences[sentence]!, type, key, at, [...d.workCountries])) roles.add(r);
    d.parties.set(key, roles);
    if (!d.partyCitations.has(key)) d.partyCitations.set(key, citationAround(doc.text, doc.sentences[sentence]!.sentence, { start: at, end: at + 1, quote: "" }, "parties"));
  }
  for (const c of categoriesIn(s)) d.categories.add(c);
  if (!d.money && ctx.money[0]) {
    d.money = ctx.money[0];
    d.fields.value = { value: { amount: ctx.money[0].amount, currency: ctx.money[0].currency, qualifier: ctx.money[0].qualifier }, start: ctx.money[0].start, end: ctx.money[0].end, quote: ctx.money[0].quote };
  }
  const clause = s;
  const cues = cuesOf(clause);
  const { status, capped, note } = statusOf(clause);
  if (capped) d.capped = true;
  // Only a sentence that names the arrangement (or refers back to it) gives evidence of its status.
  if (status && (types.length > 0 || COREF.test(s))) d.statuses.push({ status, ctx, note });
  if (!MODAL.test(clause) && !cues.future) d.modal = false;
  if (!ANALYST.test(clause)) d.analyst = false;
  if (HEDGED.test(clause)) d.hedged = true;
  // A party speaking for itself ("Rheinmetall said", "the company said in a statement").
  const speaks = REPORTING.test(clause) && [...d.parties.keys()].some((k) => ctx.actors.some((m) => m.actor === k && /^\s*(?:said|says|announced|confirmed|stated)\b/.test(doc.text.slice(m.end, m.end + 14))));
  if (speaks || /\bthe (?:company|ministry|group) (?:said|announced|confirmed)\b|\btoday announced\b/i.test(clause)) d.partyVoice = true;
  if (first) d.fields.type = { value: type, start: ctx.sentence.start, end: ctx.sentence.end, quote: ctx.sentence.quote };
}

export function typeOfDraft(d: AgreementDraft): AgreementType {
  const production = PRECEDENCE.find((t) => d.types.has(t) && PRODUCTION_FAMILY.has(t));
  if (production && (!d.primary || PRODUCTION_FAMILY.has(d.primary))) return production;
  return d.primary ?? PRECEDENCE.find((t) => d.types.has(t)) ?? "FRAMEWORK";
}

export function statusOfDraft(d: AgreementDraft): AgreementStatus {
  const order = (s: AgreementStatus) => LIFECYCLE.indexOf(s);
  if (d.statuses.some((s) => s.status === "CANCELLED")) return "CANCELLED";
  if (d.statuses.some((s) => s.status === "STALLED")) return "STALLED";
  let best: AgreementStatus = "RUMOURED";
  for (const s of d.statuses) if (order(s.status) > order(best)) best = s.status;
  // Said not to be signed yet: never more than talks.
  if (d.capped && order(best) > order("IN_TALKS")) best = "IN_TALKS";
  return best;
}

export { PRECEDENCE };
