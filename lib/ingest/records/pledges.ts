// Draft pledges: a donor that promises, sends, funds, offers or refuses something to a recipient.
// The donor is the acting party before the verb (a person stands for their country), the recipient
// follows "to"/"for" or is the article's main beneficiary (then marked inferred). Status is
// conservative: "would", "could", talks or an analyst's expectation never make a pledge.
import { categoriesIn } from "../lexicon/equipment";
import { DELIVERED, HEDGED, MODAL, NEGATION, PROMISED, REFUSAL, TALKS } from "../cues";
import { citationAround } from "../quotes";
import type { Citation, EquipmentCategory, FieldEvidence, MoneyMention, PledgeKind, PledgeStatus, QuantityMention } from "../types";
import { countryOfDemonym, DEMONYM_PATTERN } from "../lexicon/countries";
import { pronounSubject } from "./agreements";
import { clauseAt, countryActorOf, countryKeyOfCode, isAdversaryMention, isPartyKind, mainRecipient, isReporterMention, target, type DocumentContext, type SentenceContext } from "./context";

const TRANSFER =
  /\b(?:send(?:s|ing)?|sent|deliver(?:s|ed|ing|y|ies)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|donat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|hand(?:s|ed)? over|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|set aside|earmark(?:s|ed)?|allocat(?:e|es|ed|ing)|grant(?:s|ed)?|offer(?:s|ed)?|propos(?:e|es|ed)|receiv(?:e|es|ed|ing)|package|unlock(?:s|ed|ing)?|releas(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|make available|made available|train(?:s|ed|ing)?(?=\s+(?:\p{L}+\s+)?(?:soldiers|troops|pilots|personnel|recruits|crews|servicemen|forces))|(?:maintain|service|repair|overhaul)(?:s|ed|ing)?(?=\s+(?:\p{L}+\s+){0,3}(?:equipment|vehicles|tanks|guns|aircraft|systems|howitzers)))\b/iu;
const NOT_A_TRANSFER = /\b(?:supply chains?|domestic supply|supplies of|delivery timelines?|logistics of arms deliveries|infrequent deliveries|deliveries from)\b/i;
const OBJECT = /\b(?:weapons?|arms|armaments?|equipment|aid|assistance|ammunition|shells|rounds|missiles?|tanks?|howitzers?|guns?|drones?|jets?|aircraft|planes?|systems?|vehicles?|troops|soldiers|instructors|training|package|funding|money|financing|loans?|grants?|credit)\b/i;

export interface PledgeDraft {
  donor: string;
  recipients: string[];
  recipientInferred: boolean;
  kind: PledgeKind;
  item: string;
  category?: EquipmentCategory;
  quantity?: QuantityMention;
  money?: MoneyMention;
  status: PledgeStatus;
  hedged: boolean;
  ctx: SentenceContext;
  citations: Citation[];
  fields: Record<string, FieldEvidence>;
  notes: string[];
}

function statusAt(clause: string, verbAt: number, reportedFuture: boolean): PledgeStatus {
  // A permission or an approval is granted, not delivered.
  if (/^\S+\s+(?:\w+\s+){0,2}(?:permission|approval|authori[sz]ation|green light|clearance)\b/i.test(clause.slice(verbAt)) && !REFUSAL.test(clause)) return "PLEDGED";
  const clauseLead = clause.slice(0, verbAt).split(/,\s(?=(?:but|while|which|who|whereas|although)\b)|;/).at(-1)!;
  const lead = clauseLead.split(/\s+/).slice(-7).join(" ");
  const verbText = clause.slice(verbAt, verbAt + 30);
  // "have not yet given the green light to send": not decided, which is not a refusal.
  if (/\b(?:not yet|yet to|not as yet)\b/i.test(clauseLead)) return "UNDER_DISCUSSION";
  if (REFUSAL.test(lead) || REFUSAL.test(verbText) || (NEGATION.test(clauseLead) && !/\bnot only\b/i.test(clauseLead))) return "REFUSED";
  if (/\b(?:would|could|might|may|possible|possibly|possibility|consider\w*|ready to|willing to|hope[sd]? to|part of (?:our|the) discussions|proposed|offer\w*)\b/i.test(lead + " " + verbText.split(/\s+/)[0]) && !reportedFuture) return "UNDER_DISCUSSION";
  if (TALKS.test(lead) && !/\b(?:pledg|promis|commit)/i.test(verbText)) return "UNDER_DISCUSSION";
  if (/\b(?:will|to|shall|would)\s+(?:\w+\s+)?$/i.test(lead) || PROMISED.test(verbText)) return "PLEDGED";
  if (/\bfirst deliveries\b|\bpartly delivered\b|\bpart of\b[^.]{0,20}\bdelivered\b/i.test(clause)) return "PARTIALLY_DELIVERED";
  if (DELIVERED.test(verbText) || /\b(?:have|has|had)\s+(?:already\s+)?$/i.test(lead)) return "DELIVERED";
  return "PLEDGED";
}

function kindOf(clause: string, quantity: QuantityMention | undefined, money: MoneyMention | undefined): PledgeKind {
  if (/\btrain(?:ing|ed|s)?\b/i.test(clause) && !quantity?.category) return "TRAINING";
  if (/\b(?:troops|soldiers|instructors|personnel|contractors|ground forces)\b/i.test(clause) && !/^\S*train/i.test(clause) && !quantity?.category && !money) return "PERSONNEL";
  if (/\b(?:repair|maint\w+|overhaul|servic(?:e|ing))\b(?!\s+providers?)/i.test(clause) && !quantity) return "SERVICES";
  if (money && (!quantity || !quantity.category) && /\b(?:fund\w*|financ\w*|loans?|credit|grants?|budget|pay\w*|paid|money|aid|assistance|contribut\w+|provide|set aside|earmark\w*|package|channel|unlock\w*|to buy|to purchase|help)\b/i.test(clause)) {
    return /\bpackage\b/i.test(clause) && categoriesIn(clause).length > 0 ? "EQUIPMENT" : "FINANCING";
  }
  return "EQUIPMENT";
}

function itemOf(clause: string, quantity: QuantityMention | undefined, kind: PledgeKind, money: MoneyMention | undefined): string {
  if (quantity) return quantity.item;
  const named = /\b(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}(?:long-range\s+|cruise\s+)*(?:missiles?|tanks?|systems?|jets?|howitzers?|guns?|drones?))\b/.exec(clause);
  if (named) return named[1]!.trim();
  if (kind === "FINANCING") return money ? `Financing (${money.quote})` : "Financing";
  if (kind === "TRAINING") return "Training";
  const obj = /\b((?:military |security |long-range |air defen[cs]e )?(?:aid|assistance|weapons|arms|equipment|missiles|troops|ground forces))\b/i.exec(clause);
  return obj ? obj[1]!.replace(/^./, (c) => c.toUpperCase()) : "Military support (unspecified)";
}

export function findPledges(doc: DocumentContext): PledgeDraft[] {
  const out: PledgeDraft[] = [];
  for (const ctx of doc.sentences) {
    const s = ctx.sentence.quote;
    if (NOT_A_TRANSFER.test(s) && !PROMISED.test(s.replace(NOT_A_TRANSFER, ""))) continue;
    for (const verb of s.matchAll(new RegExp(TRANSFER.source, "giu"))) {
      const at = ctx.sentence.start + verb.index!;
      const clause = clauseAt(ctx, at);
      if (NOT_A_TRANSFER.test(s.slice(Math.max(0, verb.index! - 12), verb.index! + 30))) continue;
      if (!OBJECT.test(clause.text) && ctx.money.length === 0 && ctx.quantities.length === 0) continue;
      // "far from the only partner to send arms": a description of a role, not a pledge.
      if (/\b(?:only|first|last|one of the|among the)\s+(?:[\w-]+\s+){0,4}to\s*$/i.test(s.slice(Math.max(0, verb.index! - 60), verb.index!)) && !ctx.quantities.length && !ctx.money.length) continue;
      // "its main operator for monitoring … and transferring know-how": a description, not a transfer.
      if (/ing$/i.test(verb[0]) && /\bfor\s+(?:\w+ing\b[^.]{0,60}\band\s+)?$/i.test(s.slice(Math.max(0, verb.index! - 80), verb.index!))) continue;
      // The donor: the nearest acting party before the verb (a person counts for their country).
      const before = ctx.actors.filter((m) => m.end <= at && !isReporterMention(doc, ctx, m) && !/\b(?:to|for|with|against|of|from)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 10), m.start)));
      const passiveBy = /\b(?:financed|funded|paid for|donated|supplied|provided|sent|offered|proposed|promised|pledged)\s+by\s+(?:the\s+)?$/i;
      const after = ctx.actors.filter((m) => m.start >= at);
      let donorMention = [...before].reverse().find((m) => isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON");
      // Reported speech: "X said (that) it would provide…" → X; "X noted that Western countries could send…" → not X.
      const lead = s.slice(0, verb.index!);
      const reporting = [...lead.matchAll(/\b(?:said|says|told \w+|announced|stated|declared|noted|added|confirmed|explained|stressed|insisted|warned|indicated)\b(?:\s+(?:on|in|last)\s+\w+)?(?:\s+that)?\s*:?/gi)].at(-1);
      if (reporting) {
        const cut = ctx.sentence.start + reporting.index! + reporting[0].length;
        const segment = s.slice(cut - ctx.sentence.start, verb.index!);
        const speaker = [...before].reverse().find((m) => m.end <= ctx.sentence.start + reporting.index! && (isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON"));
        // "X announced a week later to deliver…": an infinitive takes the speaker as its subject.
        if (/^\s*(?:it|they|he|she|we)\b/i.test(segment) || (/\bto\s*$/i.test(segment) && !ctx.actors.some((m) => m.start >= cut && m.end <= at))) donorMention = speaker;
        else donorMention = [...before].reverse().find((m) => m.start >= cut && (isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON"));
      }
      const byMention = after.find((m) => passiveBy.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 30), m.start)));
      const fromMention = /\breceiv/i.test(verb[0]) ? after.find((m) => /\bfrom\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 10), m.start))) : undefined;
      if (byMention) donorMention = byMention;
      // "French military equipment sent to Kyiv": a participle after the thing sent; its donor is the
      // demonym in that phrase, never the clause's subject.
      const reduced = /^(?:sent|supplied|delivered|provided|donated|transferred|promised|pledged)$/i.test(verb[0]) && /\b(?:equipment|weapons|arms|missiles|tanks|vehicles|systems|aid|ammunition|shells|jets|aircraft|guns)\s*$/i.test(s.slice(0, verb.index!));
      if (reduced) {
        const phrase = s.slice(Math.max(0, verb.index! - 50), verb.index!);
        const d = new RegExp(`\\b(${DEMONYM_PATTERN})\\s+(?:[\\w-]+\\s+){0,3}$`).exec(phrase);
        if (!d) continue;
        donorMention = { start: at - phrase.length + d.index, end: at - phrase.length + d.index + d[1]!.length, quote: d[1]!, sentence: ctx.sentence.index, actor: countryKeyOfCode(doc, countryOfDemonym(d[1]!)) ?? "" };
        if (!donorMention.actor) continue;
      }
      // "it could also maintain…", "he declared": the subject the previous sentence (or person) gave.
      if (!donorMention && !reporting && !reduced) {
        const pronoun = pronounSubject(doc, ctx);
        if (pronoun && pronoun.start < at) donorMention = pronoun;
      }
      const objectText = s.slice(verb.index!, clause.end - ctx.sentence.start);
      // "sending French troops", "Danish-funded": the demonym names the donor when no subject does.
      const demonymDonor = new RegExp(`^\\S+\\s+(?:\\w+\\s+)?(${DEMONYM_PATTERN})\\s+(?:troops|soldiers|instructors|forces|weapons|missiles|tanks|jets|aircraft)`).exec(objectText);
      let recipientKey: string | undefined;
      if (fromMention) {
        recipientKey = donorMention ? (countryActorOf(doc, donorMention.actor) ?? donorMention.actor) : undefined;
        donorMention = fromMention;
      }
      let donor: string | undefined;
      if (donorMention) donor = target(doc, donorMention.actor).kind === "PERSON" ? countryActorOf(doc, donorMention.actor) : donorMention.actor;
      if (demonymDonor && (!donor || target(doc, donor).kind === "PERSON")) {
        donor = countryKeyOfCode(doc, countryOfDemonym(demonymDonor[1]!));
        const start = at + verb[0].length + objectText.slice(verb[0].length).indexOf(demonymDonor[1]!);
        donorMention = { start, end: start + demonymDonor[1]!.length, quote: demonymDonor[1]!, sentence: ctx.sentence.index, actor: donor ?? "" };
      }
      if (!donorMention) continue;
      if (!donor || !isPartyKind(doc, donor)) continue;
      // "training Ukrainian soldiers": the people trained or equipped name the recipient.
      const people = new RegExp(`\\b(${DEMONYM_PATTERN})\\s+(?:soldiers|troops|forces|army|pilots|recruits|crews|servicemen|units|brigades)\\b`).exec(objectText);
      if (!recipientKey && people && /^(?:train|equip|arm|help)/i.test(verb[0])) recipientKey = countryKeyOfCode(doc, countryOfDemonym(people[1]!));
      if (!recipientKey) {
        const to = after.find((m) => m.actor !== donor && !isAdversaryMention(doc, m) && (/\b(?:to|for|with)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 8), m.start)) || m.start - at < 25) && isPartyKind(doc, m.actor));
        recipientKey = to?.actor;
      }
      const recipientInferred = !recipientKey;
      recipientKey ??= mainRecipient(doc, donor);
      if (!recipientKey || recipientKey === donor) continue;

      const quantity = ctx.quantities.find((q) => q.start >= clause.start && q.end <= clause.end) ?? ctx.quantities.find((q) => q.start > at);
      const money = ctx.money.find((m) => m.start >= clause.start && !isConversion(doc.text, m)) ?? ctx.money.find((m) => !isConversion(doc.text, m));
      const reportedFuture = /\b(?:said|says|announced|told|confirmed|stated)\b[^.]{0,40}\bwould\b/i.test(clause.text);
      const status = statusAt(clause.text, at - clause.start, reportedFuture);
      const kind = kindOf(objectText, quantity, money);
      const item = itemOf(objectText, quantity, kind, money);
      // Several verbs in one clause describe one pledge; keep the first reading.
      if (out.some((p) => p.ctx === ctx && p.donor === donor && p.item === item)) continue;
      const citation = citationAround(doc.text, ctx.sentence, { start: at, end: at + verb[0].length, quote: verb[0] });
      const fields: Record<string, FieldEvidence> = {
        donor: { value: donor, start: donorMention.start, end: donorMention.end, quote: donorMention.quote },
        status: { value: status, start: at, end: at + verb[0].length, quote: verb[0] },
      };
      if (quantity) fields.quantity = { value: quantity.quantity, start: quantity.start, end: quantity.end, quote: quantity.quote };
      if (money) fields.value = { value: { amount: money.amount, currency: money.currency, qualifier: money.qualifier }, start: money.start, end: money.end, quote: money.quote };
      const notes: string[] = [];
      if (recipientInferred) notes.push("Recipient not named in the sentence: the article's main country, inferred.");
      if (target(doc, donorMention.actor).kind === "PERSON") notes.push(`Donor read from ${donorMention.quote}, who speaks for their country.`);
      out.push({
        donor,
        recipients: [recipientKey],
        recipientInferred,
        kind,
        item,
        category: quantity?.category ?? categoriesIn(clause.text)[0],
        quantity,
        money,
        status,
        hedged: HEDGED.test(s) || (MODAL.test(clause.text) && status !== "REFUSED"),
        ctx,
        citations: [citation],
        fields,
        notes,
      });
    }
  }
  return out;
}

/** "(about $92 million)" right after another amount is a conversion, not a second value. */
function isConversion(text: string, m: MoneyMention): boolean {
  return /\(\s*(?:about|around|some|roughly|approximately|or|i\.e\.)?\s*$/i.test(text.slice(Math.max(0, m.start - 16), m.start));
}
