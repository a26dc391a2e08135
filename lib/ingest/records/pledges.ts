// Draft pledges: a donor that promises, sends, funds, offers or refuses something to a recipient.
// The donor is the acting party before the verb (a person stands for their country), the recipient
// follows "to"/"for" or is the article's main beneficiary (then marked inferred). Status is
// conservative: "would", "could", talks or an analyst's expectation never make a pledge.
import { categoriesIn } from "../lexicon/equipment";
import { DELIVERED, HEDGED, MODAL, NEGATION, PROMISED, REFUSAL, TALKS } from "../cues";
import { citationAround } from "../quotes";
import type { Citation, EquipmentCategory, FieldEvidence, MoneyMention, PledgeKind, PledgeStatus, QuantityMention } from "../types";
import { clauseAt, countryActorOf, isPartyKind, isReporterMention, target, type DocumentContext, type SentenceContext } from "./context";

const TRANSFER =
  /\b(?:send(?:s|ing)?|sent|deliver(?:s|ed|ing|y|ies)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|donat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|hand(?:s|ed)? over|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|set aside|earmark(?:s|ed)?|allocat(?:e|es|ed|ing)|grant(?:s|ed)?|offer(?:s|ed)?|receiv(?:e|es|ed|ing)|package)\b/i;
const NOT_A_TRANSFER = /\b(?:supply chains?|domestic supply|supplies of|delivery timelines?|logistics of arms deliveries|infrequent deliveries|deliveries from)\b/i;
const OBJECT = /\b(?:weapons?|arms|equipment|aid|assistance|ammunition|shells|rounds|missiles?|tanks?|howitzers?|guns?|drones?|jets?|aircraft|planes?|systems?|vehicles?|troops|soldiers|instructors|training|package|funding|money|financing|loans?|grants?|credit)\b/i;

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
  const lead = clause.slice(0, verbAt).split(/,\s/).at(-1)!.split(/\s+/).slice(-7).join(" ");
  const verbText = clause.slice(verbAt, verbAt + 30);
  if (REFUSAL.test(lead) || REFUSAL.test(verbText) || (NEGATION.test(lead) && !/\bnot only\b/i.test(lead))) return "REFUSED";
  if (/\b(?:would|could|might|may|possible|possibly|consider\w*|ready to|willing to|hope[sd]? to|part of (?:our|the) discussions)\b/i.test(lead) && !reportedFuture) return "UNDER_DISCUSSION";
  if (TALKS.test(clause) && !/\b(?:pledg|promis|commit)/i.test(verbText)) return "UNDER_DISCUSSION";
  if (/\b(?:will|to|shall|would)\s+(?:\w+\s+)?$/i.test(lead) || PROMISED.test(verbText)) return "PLEDGED";
  if (/\bfirst deliveries\b|\bpartly delivered\b|\bpart of\b[^.]{0,20}\bdelivered\b/i.test(clause)) return "PARTIALLY_DELIVERED";
  if (DELIVERED.test(verbText) || /\b(?:have|has|had)\s+(?:already\s+)?$/i.test(lead)) return "DELIVERED";
  return "PLEDGED";
}

function kindOf(clause: string, quantity: QuantityMention | undefined, money: MoneyMention | undefined): PledgeKind {
  if (/\btrain(?:ing|ed|s)?\b/i.test(clause) && !quantity?.category) return "TRAINING";
  if (/\b(?:repair|maint\w+|overhaul|servic(?:e|ing))\b/i.test(clause) && !quantity) return "SERVICES";
  if (/\b(?:troops|soldiers|instructors|personnel|contractors)\b/i.test(clause) && !quantity?.category && !money) return "PERSONNEL";
  if (money && (!quantity || !quantity.category) && /\b(?:fund\w*|financ\w*|loans?|credit|grants?|budget|pay\w*|paid|money|aid|assistance|contribut\w+|provide|set aside|earmark\w*|package|channel)\b/i.test(clause)) {
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
    for (const verb of s.matchAll(new RegExp(TRANSFER.source, "gi"))) {
      const at = ctx.sentence.start + verb.index!;
      const clause = clauseAt(ctx, at);
      if (NOT_A_TRANSFER.test(s.slice(Math.max(0, verb.index! - 12), verb.index! + 30))) continue;
      if (!OBJECT.test(clause.text) && ctx.money.length === 0 && ctx.quantities.length === 0) continue;
      // The donor: the nearest acting party before the verb (a person counts for their country).
      const before = ctx.actors.filter((m) => m.end <= at && !isReporterMention(doc, ctx, m) && !/\b(?:to|for|with|against|of|from)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 10), m.start)));
      const passiveBy = /\b(?:financed|funded|paid for|donated|supplied|provided|sent|offered)\s+by\s+(?:the\s+)?$/i;
      const after = ctx.actors.filter((m) => m.start >= at);
      let donorMention = [...before].reverse().find((m) => isPartyKind(doc, m.actor) || target(doc, m.actor).kind === "PERSON");
      const byMention = after.find((m) => passiveBy.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 30), m.start)));
      const fromMention = /\breceiv/i.test(verb[0]) ? after.find((m) => /\bfrom\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 10), m.start))) : undefined;
      if (byMention) donorMention = byMention;
      let recipientKey: string | undefined;
      if (fromMention) {
        recipientKey = donorMention ? (countryActorOf(doc, donorMention.actor) ?? donorMention.actor) : undefined;
        donorMention = fromMention;
      }
      if (!donorMention) continue;
      const donor = target(doc, donorMention.actor).kind === "PERSON" ? countryActorOf(doc, donorMention.actor) : donorMention.actor;
      if (!donor || !isPartyKind(doc, donor)) continue;
      if (!recipientKey) {
        const to = after.find((m) => m.actor !== donor && (/\b(?:to|for|with)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, m.start - 8), m.start)) || m.start - at < 25) && isPartyKind(doc, m.actor));
        recipientKey = to?.actor;
      }
      const recipientInferred = !recipientKey;
      recipientKey ??= doc.mainCountry !== donor ? doc.mainCountry : undefined;
      if (!recipientKey || recipientKey === donor) continue;

      const quantity = ctx.quantities.find((q) => q.start >= clause.start && q.end <= clause.end) ?? ctx.quantities.find((q) => q.start > at);
      const money = ctx.money.find((m) => m.start >= clause.start && !isConversion(doc.text, m)) ?? ctx.money.find((m) => !isConversion(doc.text, m));
      const reportedFuture = /\b(?:said|says|announced|told|confirmed|stated)\b[^.]{0,40}\bwould\b/i.test(clause.text);
      const status = statusAt(clause.text, at - clause.start, reportedFuture);
      const kind = kindOf(clause.text, quantity, money);
      const item = itemOf(clause.text, quantity, kind, money);
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
