// Draft events: statements (reported speech with its speaker kept: the minister, the analyst, the
// unnamed source), visits, meetings, announcements, media reports and decisions. A statement's stance
// comes from its own words; an analyst's expectation stays a statement, never a fact.
import { countryOfDemonym, DEMONYM_PATTERN } from "../lexicon/countries";
import { ANONYMOUS_SOURCE } from "../lexicon/titles";
import { HEDGED, NEGATION } from "../cues";
import { citationAround } from "../quotes";
import type { ActorMention, Citation, EventActorRole, EventKind, Stance } from "../types";
import type { AgreementDraft } from "./agreements";
import type { PledgeDraft } from "./pledges";
import { countryActorOf, countryKeyOfCode, dateFor, isMedia, isPartyKind, target, type DocumentContext, type SentenceContext } from "./context";

export interface EventDraft {
  kind: EventKind;
  actors: Map<string, EventActorRole>;
  ctxs: SentenceContext[];
  stance?: Stance;
  place?: { name: string; countryCode?: string; start: number; end: number; quote: string };
  hedged: boolean;
  notes: string[];
  citations: Citation[];
  /** Start of the word that triggered the event (for field evidence). */
  trigger: { start: number; end: number; quote: string };
}

const SPEECH =
  /\b(?:said|says|told|tells|stated|declared|declares|added|noted|stressed|warned|explained|insisted|argued|emphasi[sz]ed|confirmed|denied|opines|assures|assured|continues|underlines|underlined|believes|cautions?|cautioned|reacted|specified|called on|estimate[sd]?|expects?|according to|confided|framed|described|hailed|welcomed|praised|critici[sz]ed|acknowledged|admitted|claimed|urged|reiterated|suggested|predicted|nuances|nuanced)\b/gi;
const VISIT = /\b(?:visit(?:ed|s|ing)?|trip to|made the trip|travell?ed to|arrived in)\b/i;
const MEETING = /\b(?:met|meet(?:s|ing)?|summit|gathering|convened?)\b/i;
const ANNOUNCE = /\b(?:announc(?:ed|es|ing|ement)|unveil(?:ed|s))\b/i;
const REPORT = /\b(?:reported|reports|has learned|have learned|writes|wrote|according to the (?:newspaper|daily|publication))\b/i;
const DECISION =
  /\b(?:approv(?:ed|es|al)|vot(?:ed|es|ing) (?:down|for|against|to|through)|decid(?:ed|es)|authori[sz](?:ed|es|ation)|adopt(?:ed|s)|gave the green light|given the green light|granted|received permission|ratif(?:ied|ies)|agreed (?:in \w+ )?to (?:channel|use|release|allocate|lift|allow))\b/i;

const STANCES: [Stance, RegExp][] = [
  ["OPEN", /\b(?:nothing is ruled out|not (?:discard|exclude|rule out) any option|do not discard|open to|not ruling out|part of (?:our|the) discussions|ready to consider)\b/i],
  ["REFUSES", /\b(?:refus\w+|rul(?:e|ed|es|ing) out|will not|won['’]t|no plans to|not (?:send|deliver|supply)|must at no point|declin(?:e|ed) to)\b/i],
  ["OPPOSES", /\b(?:oppos\w+|against|reject\w*|criticis\w+|criticiz\w+|condemn\w*|should not|must not)\b/i],
  ["CAUTIOUS", /\b(?:caution\w*|warn\w*|concern\w*|risk\w*|not there yet|surprised|unlikely|ambitious|doubt\w*|sceptic\w*|skeptic\w*|political targets|not be decisive|limits)\b/i],
  ["SUPPORTS", /\b(?:support\w*|welcom\w+|prais\w+|strong signal|milestone|need|must (?:increase|move|be)|concrete gesture|closer|benefit\w*|great opportunity|stands by|reliable|brave)\b/i],
];

function stanceOf(text: string): Stance | undefined {
  return STANCES.find(([, re]) => re.test(text))?.[0];
}

const lastPerson = (doc: DocumentContext, upTo: number): ActorMention | undefined => {
  for (let i = upTo; i >= Math.max(0, upTo - 3); i--) {
    const people = doc.sentences[i]!.actors.filter((m) => target(doc, m.actor).kind === "PERSON");
    if (people.length > 0) return people.at(-1);
  }
  return undefined;
};

/** Who speaks in a sentence with a reporting verb at `at`. */
function speakerOf(doc: DocumentContext, ctx: SentenceContext, at: number, verbLength: number): { key: string; note?: string } | undefined {
  const text = doc.text;
  const afterVerb = ctx.actors.find((m) => m.start >= at + verbLength && m.start - (at + verbLength) <= 40 && !/[.!?"”]/.test(text.slice(at + verbLength, m.start)));
  const verb = text.slice(at, at + verbLength).toLowerCase();
  if (verb === "according to") {
    if (afterVerb) return { key: afterVerb.actor };
    if (/^\s*(?:him|her)\b/.test(text.slice(at + verbLength, at + verbLength + 5))) {
      const p = lastPerson(doc, ctx.sentence.index);
      return p ? { key: p.actor, note: "speaker read from 'according to him/her'" } : undefined;
    }
  }
  // Inversion: "said Huseyn Aliyev", "reacted the Ukrainian Minister of Defence, Rustem Umerov".
  if (afterVerb && target(doc, afterVerb.actor).kind === "PERSON") return { key: afterVerb.actor };
  // Subject before the verb, in the same clause.
  const lead = text.slice(ctx.sentence.start, at);
  const clauseStart = ctx.sentence.start + Math.max(lead.lastIndexOf("”"), lead.lastIndexOf('"'), lead.lastIndexOf(";"), -1) + 1;
  const subject = [...ctx.actors].reverse().find((m) => m.end <= at && m.start >= clauseStart && at - m.end <= 60);
  if (subject && (target(doc, subject.actor).kind === "PERSON" || isPartyKind(doc, subject.actor))) return { key: subject.actor };
  // Unnamed sources: "a British military source said", "A European diplomat", "Officials in Kyiv said".
  // "a British military source said" or, inverted, "confided a British military source".
  const inverted = text.slice(at + verbLength, Math.min(ctx.sentence.end, at + verbLength + 60));
  const invertedAnon = ANONYMOUS_SOURCE.exec(inverted);
  const window = invertedAnon && invertedAnon.index < 4 ? inverted : text.slice(Math.max(ctx.sentence.start, at - 80), at);
  const anon = ANONYMOUS_SOURCE.exec(window) ?? /\b(?:officials?|authorities|diplomats?)\b/i.exec(window);
  if (anon) {
    const demonym = new RegExp(`\\b(${DEMONYM_PATTERN})\\b`).exec(window.slice(Math.max(0, anon.index - 20), anon.index + anon[0].length + 30));
    const code = demonym ? countryOfDemonym(demonym[1]!) : undefined;
    const metonym = ctx.actors.find((m) => m.metonymy && m.start >= at - 80 && m.end <= at);
    // "Officials in Kyiv said": the capital after the officials names whom they speak for.
    const capital = ctx.places.find((p) => p.start >= at - 80 && p.end <= at && /\b(?:officials?|authorities|diplomats?)\s+in\s+$/i.test(text.slice(Math.max(0, p.start - 20), p.start)));
    const key = countryKeyOfCode(doc, code) ?? metonym?.actor ?? countryKeyOfCode(doc, capital?.countryCode);
    if (key) return { key, note: `unnamed source (${anon[0].trim()}): speaker is the country it speaks for` };
    return { key: "", note: `unnamed source (${anon[0].trim()}), no country given` };
  }
  if (/\b(?:he|she)\s*$/i.test(lead.trimEnd()) || /\b(?:he|she)\s+$/i.test(lead) || /^[”"]?\s*,?\s*(?:he|she)\b/i.test(text.slice(at - 4, at))) {
    const p = lastPerson(doc, ctx.sentence.index);
    if (p) return { key: p.actor, note: "speaker read from a pronoun" };
  }
  if (afterVerb && isPartyKind(doc, afterVerb.actor)) return { key: afterVerb.actor };
  return undefined;
}

function addActor(map: Map<string, EventActorRole>, key: string | undefined, role: EventActorRole) {
  if (key && !map.has(key)) map.set(key, role);
}

function subjects(doc: DocumentContext, ctx: SentenceContext, map: Map<string, EventActorRole>) {
  for (const m of ctx.actors) {
    if (map.size >= 6) break;
    if (isMedia(doc, m.actor)) addActor(map, m.actor, "REPORTER");
    else if (isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON") addActor(map, m.actor, "SUBJECT");
  }
}

export function findEvents(doc: DocumentContext, recordParties: Map<number, Set<string>>): EventDraft[] {
  const out: EventDraft[] = [];
  for (const ctx of doc.sentences) {
    const s = ctx.sentence.quote;
    const make = (kind: EventKind, trigger: { start: number; end: number }, notes: string[] = []): EventDraft => ({
      kind,
      actors: new Map(),
      ctxs: [ctx],
      hedged: HEDGED.test(s),
      notes,
      citations: [citationAround(doc.text, ctx.sentence, { ...trigger, quote: "" })],
      trigger: { ...trigger, quote: doc.text.slice(trigger.start, trigger.end) },
    });
    const place = ctx.places[0];
    const placeOf = () => (place ? { name: place.name, countryCode: place.countryCode, start: place.start, end: place.end, quote: place.quote } : undefined);

    // Statements.
    for (const m of s.matchAll(SPEECH)) {
      const at = ctx.sentence.start + m.index!;
      const speaker = speakerOf(doc, ctx, at, m[0].length);
      if (!speaker) continue;
      if (speaker.key === "") {
        // An unnamed source without a country: a statement about whoever the sentence names.
        const e = make("STATEMENT", { start: at, end: at + m[0].length }, [speaker.note!]);
        subjects(doc, ctx, e.actors);
        e.stance = stanceOf(s);
        if (e.actors.size > 0) out.push(e);
        break;
      }
      if (isMedia(doc, speaker.key) && /report|writ/i.test(m[0])) continue;
      // The attribution of a deal or pledge drawn from this very sentence is its source, not a statement.
      const parties = recordParties.get(ctx.sentence.index);
      if (parties && target(doc, speaker.key).kind !== "PERSON" && (parties.has(speaker.key) || parties.has(countryActorOf(doc, speaker.key) ?? ""))) continue;
      const e = make("STATEMENT", { start: at, end: at + m[0].length }, speaker.note ? [speaker.note] : []);
      addActor(e.actors, speaker.key, "SPEAKER");
      const office = doc.links.find((l) => l.from === speaker.key && l.type === "HOLDS_OFFICE_IN");
      if (office && target(doc, office.to)?.kind === "COUNTRY") addActor(e.actors, office.to, "SPEAKER");
      subjects(doc, ctx, e.actors);
      e.stance = stanceOf(s);
      out.push(e);
      break;
    }

    const visit = VISIT.exec(s);
    if (visit) {
      const at = ctx.sentence.start + visit.index;
      const visitor = [...ctx.actors].reverse().find((m) => m.end <= at + 2 && (target(doc, m.actor).kind === "PERSON" || target(doc, m.actor).kind === "COUNTRY"))
        ?? ctx.actors.find((m) => m.start > at && target(doc, m.actor).kind === "PERSON" && /\bof\s+(?:the\s+)?(?:[\w,]+\s+){0,7}$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 80), m.start)));
      const host = ctx.places.find((p) => p.start > at) ?? undefined;
      const hostActor = ctx.actors.find((m) => m.start > at && m.actor !== visitor?.actor && target(doc, m.actor).kind !== "PERSON");
      if (visitor && (host || hostActor)) {
        const e = make("VISIT", { start: at, end: at + visit[0].length });
        addActor(e.actors, visitor.actor, "VISITOR");
        addActor(e.actors, countryActorOf(doc, visitor.actor), "VISITOR");
        addActor(e.actors, host ? countryKeyOfCode(doc, host.countryCode) : hostActor?.actor, "HOST");
        if (hostActor) addActor(e.actors, hostActor.actor, "HOST");
        e.place = host ? { name: host.name, countryCode: host.countryCode, start: host.start, end: host.end, quote: host.quote } : undefined;
        out.push(e);
      }
    }

    const meeting = MEETING.exec(s);
    if (meeting && !/\b(?:press|news) conference\b/i.test(s.slice(Math.max(0, meeting.index - 10), meeting.index + 20))) {
      const at = ctx.sentence.start + meeting.index;
      const e = make("MEETING", { start: at, end: at + meeting[0].length });
      for (const m of ctx.actors) {
        const lead = doc.text.slice(Math.max(ctx.sentence.start, m.start - 40), m.start);
        if (/\b(?:aegis|leadership|hosted by|chaired by|convened by|organi[sz]ed by)\b[^.]{0,25}$/i.test(lead)) addActor(e.actors, m.actor, "ORGANISER");
        else if (/\bat the\s+$/i.test(lead) && target(doc, m.actor).kind === "ALLIANCE") addActor(e.actors, m.actor, "HOST");
        else if (isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON") addActor(e.actors, m.actor, "PARTICIPANT");
      }
      e.place = placeOf();
      if (e.actors.size > 0 || e.place) out.push(e);
    }

    const announce = ANNOUNCE.exec(s);
    if (announce) {
      const at = ctx.sentence.start + announce.index;
      const subject = [...ctx.actors].reverse().find((m) => m.end <= at && at - m.end <= 80 && (isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON"));
      if (subject && !NEGATION.test(doc.text.slice(subject.end, at))) {
        const e = make("ANNOUNCEMENT", { start: at, end: at + announce[0].length });
        addActor(e.actors, subject.actor, "SPEAKER");
        subjects(doc, ctx, e.actors);
        out.push(e);
      }
    }

    const report = REPORT.exec(s);
    if (report) {
      const at = ctx.sentence.start + report.index;
      const media = ctx.actors.find((m) => isMedia(doc, m.actor) && Math.abs(m.start - at) < 60);
      if (media) {
        const e = make("REPORT", { start: at, end: at + report[0].length });
        addActor(e.actors, media.actor, "REPORTER");
        subjects(doc, ctx, e.actors);
        out.push(e);
      }
    }

    const decision = DECISION.exec(s);
    if (decision) {
      const at = ctx.sentence.start + decision.index;
      const lead = s.slice(0, decision.index);
      if (!NEGATION.test(lead.split(/,\s/).at(-1)!.split(/\s+/).slice(-5).join(" "))) {
        const from = /permission/i.test(decision[0]) ? ctx.actors.find((m) => m.start > at && isPartyKind(doc, m.actor)) : undefined;
        const decider = from ?? [...ctx.actors].reverse().find((m) => m.end <= at && isPartyKind(doc, m.actor));
        if (decider) {
          const e = make("DECISION", { start: at, end: at + decision[0].length });
          addActor(e.actors, decider.actor, "ORGANISER");
          subjects(doc, ctx, e.actors);
          out.push(e);
        }
      }
    }
  }
  return mergeEvents(out);
}

/** Consecutive sentences of one paragraph with the same kind of event and the same lead actor are one event. */
function mergeEvents(events: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const e of events) {
    const lead = [...e.actors.keys()][0];
    const prev = [...out].reverse().find((p) => p.kind === e.kind);
    const prevCtx = prev?.ctxs.at(-1);
    if (
      prev &&
      prevCtx &&
      [...prev.actors.keys()][0] === lead &&
      prevCtx.sentence.paragraph === e.ctxs[0]!.sentence.paragraph &&
      e.ctxs[0]!.sentence.index - prevCtx.sentence.index <= 1
    ) {
      prev.ctxs.push(...e.ctxs);
      prev.citations.push(...e.citations);
      for (const [k, r] of e.actors) if (!prev.actors.has(k)) prev.actors.set(k, r);
      prev.stance ??= e.stance;
      continue;
    }
    out.push(e);
  }
  return out;
}

export { dateFor };

/**
 * A promise of aid or an agreement announced is itself a dated event of the timeline: "London
 * promised 14 tanks", "France has agreed to begin joint production". One announcement per actor
 * and sentence; none when the sentence already gave one.
 */
export function announcementsOf(doc: DocumentContext, agreements: AgreementDraft[], pledges: PledgeDraft[], existing: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  const has = (ctx: SentenceContext, key: string) =>
    [...existing, ...out].some((e) => e.kind === "ANNOUNCEMENT" && e.ctxs.includes(ctx) && e.actors.get(key) === "SPEAKER");
  const add = (ctx: SentenceContext, speakers: string[], subjectKeys: string[], trigger: RegExpExecArray) => {
    if (speakers.length === 0 || speakers.some((k) => has(ctx, k))) return;
    const start = ctx.sentence.start + trigger.index;
    const e: EventDraft = {
      kind: "ANNOUNCEMENT",
      actors: new Map(),
      ctxs: [ctx],
      hedged: HEDGED.test(ctx.sentence.quote),
      notes: [],
      citations: [citationAround(doc.text, ctx.sentence, { start, end: start + trigger[0].length, quote: trigger[0] })],
      trigger: { start, end: start + trigger[0].length, quote: trigger[0] },
    };
    for (const k of speakers) addActor(e.actors, k, "SPEAKER");
    for (const k of subjectKeys) addActor(e.actors, k, "SUBJECT");
    out.push(e);
  };
  for (const p of pledges) {
    if (p.status !== "PLEDGED") continue;
    const m = /\b(?:promis\w*|pledg\w*|commit\w*|announc\w*|vow\w*)\b/i.exec(p.ctx.sentence.quote);
    if (m) add(p.ctx, [p.donor], p.recipients, m);
  }
  for (const d of agreements) {
    const ctx = d.ctxs[0]!;
    const m = /\b(?:agreed|announced|unveiled)\b/i.exec(ctx.sentence.quote);
    if (m && !NEGATION.test(ctx.sentence.quote.slice(Math.max(0, m.index - 30), m.index))) {
      const parties = [...d.parties.keys()].filter((k) => ctx.actors.some((a) => a.actor === k && a.start < ctx.sentence.start + m.index));
      add(ctx, parties, [...d.parties.keys()].filter((k) => !parties.includes(k)), m);
    }
  }
  return out;
}
