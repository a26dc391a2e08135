// Shapes of the article assistant's output. Every extracted item and every proposal carries character
// offsets into the article text ([start, end), UTF-16 indices as JavaScript strings count them) and the
// verbatim quote at those offsets, so that a review screen can highlight it in place.
import type {
  ActorKind,
  ActorLinkType,
  AgreementStatus,
  AgreementType,
  Confidence,
  DatePrecision,
  EquipmentCategory,
  EventActorRole,
  EventKind,
  PartyRole,
  PledgeKind,
  PledgeStatus,
  Stance,
} from "@/lib/generated/prisma/enums";

export type {
  ActorKind,
  ActorLinkType,
  AgreementStatus,
  AgreementType,
  Confidence,
  DatePrecision,
  EquipmentCategory,
  EventActorRole,
  EventKind,
  PartyRole,
  PledgeKind,
  PledgeStatus,
  Stance,
};

/** A stretch of the article: `quote === text.slice(start, end)`. */
export interface Quoted {
  start: number;
  end: number;
  quote: string;
}

/** A quote supporting a proposal, or one field of it (`field`). */
export interface Citation extends Quoted {
  field?: string;
}

export interface Sentence extends Quoted {
  index: number;
  paragraph: number;
}

/** How a number relates to the truth: "more than $700 million" is AT_LEAST. */
export type Qualifier = "EXACT" | "AT_LEAST" | "ABOUT" | "UP_TO" | "RANGE";

export interface DateMention extends Quoted {
  sentence: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD, at `precision`. */
  date: string;
  precision: DatePrecision;
  /** Last day of a range ("27–29 September"), same format. */
  endDate?: string;
  /** True when something not printed (the year, the day of "on Saturday") was worked out. */
  inferred: boolean;
  /** "on Saturday", "last week": resolved against the publication date. */
  relative: boolean;
  /** Why it was resolved this way, for the reviewer. */
  note?: string;
}

export interface MoneyMention extends Quoted {
  sentence: number;
  /** Decimal string, e.g. "2200000000". */
  amount: string;
  /** Upper bound of a RANGE. */
  amountMax?: string;
  /** ISO 4217. */
  currency: string;
  qualifier: Qualifier;
}

export interface ShareMention extends Quoted {
  sentence: number;
  percent: string;
}

export interface QuantityMention extends Quoted {
  sentence: number;
  /** Decimal string; absent for an item named without a number ("155mm shells"). */
  quantity?: string;
  qualifier: Qualifier;
  /** The counted noun, singular or plural as written ("tanks", "howitzers", "rounds"). */
  unit: string;
  /** What is counted, as written ("Bohdana self-propelled howitzers", "Challenger 2 tanks"). */
  item: string;
  category?: EquipmentCategory;
}

export interface PlaceMention extends Quoted {
  sentence: number;
  name: string;
  countryCode?: string;
  /** The place in a dateline ("BERLIN, Feb 17 -"): where the story was filed, not where things happen. */
  dateline?: boolean;
}

/** A reference to an actor: its slug when it exists, or a new actor to create. */
export type ActorRef = string | NewActorRef;
export interface NewActorRef {
  new: true;
  /** Suggested slug for the new actor. */
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode?: string;
}

export interface ActorMention extends Quoted {
  sentence: number;
  /** Key of the actor proposal this mention belongs to (its slug, existing or suggested). */
  actor: string;
  /** "Kyiv" meaning Ukraine's government, "London" meaning the UK's. */
  metonymy?: boolean;
}

export interface ActorProposal {
  slug: string;
  existing: boolean;
  name: string;
  kind: ActorKind;
  countryCode?: string;
  /** Public title of a person as written ("Defence Minister"). */
  title?: string;
  aliases: string[];
  mentions: ActorMention[];
  citations: Citation[];
  /** 0–1: how sure the assistant is that this is a real, correctly typed actor. */
  score: number;
  notes: string[];
}

export interface MoneyValue {
  disclosure: "DISCLOSED" | "UNDISCLOSED" | "NOT_APPLICABLE";
  amount?: string;
  amountMax?: string;
  currency?: string;
  qualifier?: Qualifier;
}

/** Where a field's value came from: the value and its verbatim quote. */
export interface FieldEvidence extends Quoted {
  value: unknown;
}

/** A known record the proposal seems to repeat: add the quote as evidence instead of a duplicate. */
export interface RecordMatch {
  slug: string;
  title: string;
  score: number;
  reasons: string[];
}

interface ProposalBase {
  /** Suggested slug (lower-case words joined by hyphens). */
  slug: string;
  title: string;
  confidence: Confidence;
  /** 0–1: how sure the assistant is of the proposal as a whole. */
  score: number;
  citations: Citation[];
  fields: Record<string, FieldEvidence>;
  matches: RecordMatch[];
  /** Caveats for the reviewer ("recipient inferred", "status from reported speech"). */
  notes: string[];
  /** Sentence indices the proposal rests on. */
  sentences: number[];
}

export interface PartyProposal {
  actor: ActorRef;
  role: PartyRole;
  citations: Citation[];
}

export interface StatusEntryProposal {
  status: AgreementStatus;
  date: string;
  datePrecision: DatePrecision;
  dateInferred: boolean;
  note?: string;
  citations: Citation[];
}

export interface AgreementProposal extends ProposalBase {
  summary: string;
  type: AgreementType;
  status: AgreementStatus;
  categories: EquipmentCategory[];
  workLocation?: string;
  workCountryCodes: string[];
  value: MoneyValue;
  startDate?: string;
  startDatePrecision?: DatePrecision;
  parties: PartyProposal[];
  statusHistory: StatusEntryProposal[];
}

export interface PledgeProposal extends ProposalBase {
  donor: ActorRef;
  recipients: ActorRef[];
  kind: PledgeKind;
  item: string;
  category?: EquipmentCategory;
  quantity?: string;
  unit?: string;
  value: MoneyValue;
  status: PledgeStatus;
  date?: string;
  datePrecision?: DatePrecision;
  dateInferred: boolean;
  note?: string;
}

export interface EventProposal extends ProposalBase {
  description: string;
  kind: EventKind;
  date: string;
  datePrecision: DatePrecision;
  endDate?: string;
  dateInferred: boolean;
  place?: string;
  placeCountryCode?: string;
  stance?: Stance;
  topic?: string;
  actors: { actor: ActorRef; role: EventActorRole }[];
}

export interface ActorLinkProposal {
  from: ActorRef;
  to: ActorRef;
  type: ActorLinkType;
  sharePercent?: string;
  role?: string;
  note?: string;
  score: number;
  citations: Citation[];
}

export interface Proposals {
  /** What the assistant was given and what it used. */
  source: {
    published?: string;
    publishedPrecision?: DatePrecision;
    characters: number;
    sentences: number;
    /** Where the known actors and records came from ("database (pglite)", "seed dataset"). */
    knownFrom: string;
  };
  actors: ActorProposal[];
  agreements: AgreementProposal[];
  pledges: PledgeProposal[];
  events: EventProposal[];
  actorLinks: ActorLinkProposal[];
  /** Every extracted item, for highlighting and for the reviewer's "cite this for…". */
  extracted: {
    sentences: Sentence[];
    dates: DateMention[];
    amounts: MoneyMention[];
    shares: ShareMention[];
    quantities: QuantityMention[];
    places: PlaceMention[];
  };
  warnings: string[];
}
