// The language of commitment in defence news: what makes a clause negated, hypothetical, future,
// reported, an analyst's view, or a statement that something was signed, agreed, started or refused.
// Each test looks at a clause (or a window before a trigger word), not at the whole article.

export interface Cues {
  negated: boolean;
  refusal: boolean;
  modal: boolean;
  future: boolean;
  talks: boolean;
  reported: boolean;
  analyst: boolean;
  hedged: boolean;
  signed: boolean;
  agreed: boolean;
  ongoing: boolean;
  completed: boolean;
  delivered: boolean;
  promised: boolean;
  stalled: boolean;
  cancelled: boolean;
}

export const NEGATION = /\b(?:not|no|never|nor|neither|without|none|nothing|n't|has yet to|have yet to|is yet to|are yet to)\b|n['’]t\b/i;
export const REFUSAL =
  /\b(?:refus(?:e|ed|es|ing|al)|rul(?:e|ed|es|ing) out|reject(?:ed|s|ing)?|declin(?:e|ed|es|ing) to|turn(?:ed|s)? down|vot(?:ed|es) down|block(?:ed|s)?|veto(?:ed|es)?|will not|won['’]t|would not|no plans to|not (?:send|deliver|supply|provide|give|transfer)|against (?:sending|delivering|supplying))\b/i;
export const MODAL =
  /\b(?:would|could|might|may|should|possib(?:le|ly|ility)|potential(?:ly)?|likely|unlikely|perhaps|maybe|consider(?:s|ed|ing)?|mulling|weighing|hope[sd]?|if)\b/i;
export const FUTURE = /\b(?:will|shall|is to|are to|(?:is|are) due to|(?:is|are) set to|(?:is|are) expected to|plans? to|planned|intends? to|aims? to|going to|next (?:week|month|year)|upcoming)\b|['’]ll\b/i;
export const TALKS =
  /\b(?:in talks|talks (?:with|on|about|over)|negotiat\w*|discuss(?:ed|es|ing|ions?)|consultations?|on the table|propos(?:al|als|ed|es)|approached|exploring|explore|under discussion|being discussed|in the pipeline|memorandum of understanding|letter of intent)\b/i;
export const REPORTING =
  /\b(?:said|says|say|told|tells|stated|states|declared|declares|announced|announces|added|adds|noted|notes|stressed|stresses|warned|warns|explained|explains|insisted|argued|emphasi[sz]ed|confirmed|confirms|denied|denies|opines|assures|assured|continues|continued|underlines|underlined|believes|believed|estimates?|estimated|expects?|cautions?|cautioned|reacted|wrote|writes|reported|reports|according to|quoted)\b/i;
export const ANALYST =
  /\b(?:analysts?|experts?|researchers?|specialists?|fellow|observers?|think[- ]tank|scholars?|academics?|professor|commentators?|I expect|we can expect|opines|believes|estimates?)\b/i;
export const HEDGED = /\b(?:reportedly|allegedly|rumou?r(?:s|ed)?|is said to|are said to|according to (?:sources|people|officials)|sources (?:said|say|told)|unconfirmed|speculat\w+|corroborating sources)\b/i;
export const SIGNED = /\b(?:signed|sign(?:s|ing) (?:of|a|an|the)|inked|concluded|sealed|finali[sz]ed|clinched)\b/i;
export const AGREED = /\b(?:agreed|agrees|announced|announces|unveiled|approved|approves|confirmed|launched|awarded|ordered|placed an order|has decided|decided)\b/i;
export const ONGOING =
  /\b(?:under ?way|ongoing|already (?:\w+ing|present|operat\w+|produc\w+|in service)|has been \w+ing|have been \w+ing|is (?:now )?(?:producing|building|manufacturing|repairing|assembling|training|operating|working)|are (?:now )?(?:producing|building|manufacturing|repairing|assembling|training|operating|working|increasingly)|began|begun|started|set up|established|opened|continu(?:e|es|ed|ing) to (?!say|add|argue|insist|believe)\w+|in operation|operates|running)\b/i;
export const COMPLETED = /\b(?:completed|finished|fulfilled|has been delivered|have been delivered|were delivered|handed over|returned to the front|rolled off)\b/i;
export const DELIVERED =
  /\b(?:delivered|sent|supplied|donated|provided|handed over|transferred|shipped|has received|have received|received|operates|already (?:uses|used|has|have)|in (?:ukraine|service)|on (?:its|their) way)\b/i;
export const PROMISED =
  /\b(?:pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|commit(?:ted|s|ment)?|vow(?:ed|s)?|announc(?:ed|es|ing) (?:a|an|its|another|the|new|further)|(?:will|to|would|shall) (?:send|deliver|supply|provide|give|donate|transfer|finance|fund|contribute|pay)|package|tranche|set aside|earmark(?:ed)?|allocat(?:e|ed|es))\b/i;
export const STALLED = /\b(?:stalled|suspended|frozen|on hold|paused|delayed indefinitely|shelved)\b/i;
export const CANCELLED = /\b(?:cancell?ed|scrapped|terminated|called off|abandoned|withdrew from|pulled out of)\b/i;

export function cuesOf(clause: string): Cues {
  return {
    negated: NEGATION.test(clause),
    refusal: REFUSAL.test(clause),
    modal: MODAL.test(clause),
    future: FUTURE.test(clause),
    talks: TALKS.test(clause),
    reported: REPORTING.test(clause),
    analyst: ANALYST.test(clause),
    hedged: HEDGED.test(clause),
    signed: SIGNED.test(clause),
    agreed: AGREED.test(clause),
    ongoing: ONGOING.test(clause),
    completed: COMPLETED.test(clause),
    delivered: DELIVERED.test(clause),
    promised: PROMISED.test(clause),
    stalled: STALLED.test(clause),
    cancelled: CANCELLED.test(clause),
  };
}

/** True when `re` matches within `words` words before offset `at` of `text` (same clause). */
export function before(text: string, at: number, re: RegExp, words = 6): boolean {
  const window = text.slice(0, at).split(/[;:]|,\s(?:but|while|which|who|whereas)\b/).at(-1)!;
  return re.test(window.split(/\s+/).slice(-words).join(" "));
}

/** "Signed" only when said plainly: not negated ("no contract has yet been signed"), not hypothetical. */
export function plainly(clause: string, re: RegExp): boolean {
  const m = re.exec(clause);
  if (!m) return false;
  const lead = clause.slice(0, m.index).split(/[;:]|,\s/).at(-1)!.split(/\s+/).slice(-6).join(" ");
  return !NEGATION.test(lead) && !MODAL.test(lead) && !/\b(?:to be|will be|would be|could be|may be|yet to be|expected to be)\s*$/i.test(lead) && !/\bwill\b/i.test(lead);
}
