// Does a proposal repeat a record the tracker already has? Then the reviewer should add its quote as
// further evidence (or a status entry) to that record instead of creating a duplicate.
import type { ActorRef, AgreementProposal, EventProposal, PledgeProposal, RecordMatch } from "./types";

export interface KnownAgreement {
  slug: string;
  title: string;
  type: string;
  parties: string[];
  categories: string[];
}
export interface KnownPledge {
  slug: string;
  title: string;
  donor: string;
  recipients: string[];
  kind: string;
  item: string;
  category?: string | null;
  quantity?: string | null;
}
export interface KnownEvent {
  slug: string;
  title: string;
  kind: string;
  date: string;
  actors: string[];
}
export interface KnownRecords {
  agreements: KnownAgreement[];
  pledges: KnownPledge[];
  events: KnownEvent[];
}

const slugOf = (ref: ActorRef) => (typeof ref === "string" ? ref : undefined);
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

function top(matches: RecordMatch[]): RecordMatch[] {
  return matches.filter((m) => m.score >= 0.6).sort((a, b) => b.score - a.score).slice(0, 3);
}

export function matchAgreement(p: AgreementProposal, known: KnownAgreement[]): RecordMatch[] {
  const parties = new Set(p.parties.map((x) => slugOf(x.actor)).filter(Boolean) as string[]);
  return top(
    known.map((k) => {
      const reasons: string[] = [];
      let score = 0;
      const add = (points: number, reason: string) => {
        score += points;
        reasons.push(reason);
      };
      if (k.type === p.type) add(0.4, "same type");
      // How many of the proposal's parties the known deal has (a known deal often names more parties).
      const common = [...parties].filter((x) => k.parties.includes(x)).length;
      const share = parties.size ? common / parties.size : 0;
      if (common > 0) add(0.3 * share + 0.1 * Math.min(common, 3) / 3, `${common} part${common > 1 ? "ies" : "y"} in common`);
      if (p.categories.some((c) => k.categories.includes(c))) add(0.2, "same equipment");
      return { slug: k.slug, title: k.title, score: Math.round(score * 100) / 100, reasons };
    }),
  );
}

export function matchPledge(p: PledgeProposal, known: KnownPledge[]): RecordMatch[] {
  const donor = slugOf(p.donor);
  const recipients = new Set(p.recipients.map(slugOf).filter(Boolean) as string[]);
  const itemWords = words(p.item);
  return top(
    known.map((k) => {
      const reasons: string[] = [];
      let score = 0;
      const add = (points: number, reason: string) => {
        score += points;
        reasons.push(reason);
      };
      if (donor && k.donor === donor) add(0.35, "same donor");
      if (k.recipients.some((r) => recipients.has(r))) add(0.15, "same recipient");
      if (k.kind === p.kind) add(0.1, "same kind");
      if (p.category && k.category === p.category) add(0.1, "same equipment");
      if (p.quantity && k.quantity && Number(p.quantity) === Number(k.quantity)) add(0.15, "same quantity");
      const itemOverlap = jaccard(itemWords, words(k.item));
      if (itemOverlap > 0) add(0.15 * Math.min(1, itemOverlap * 2), "similar item");
      return { slug: k.slug, title: k.title, score: Math.round(score * 100) / 100, reasons };
    }),
  ).filter((m) => m.reasons.includes("same donor") && m.score >= 0.7);
}

export function matchEvent(p: EventProposal, known: KnownEvent[]): RecordMatch[] {
  const actors = new Set(p.actors.map((a) => slugOf(a.actor)).filter(Boolean) as string[]);
  return top(
    known.map((k) => {
      const reasons: string[] = [];
      let score = 0;
      const add = (points: number, reason: string) => {
        score += points;
        reasons.push(reason);
      };
      if (k.kind === p.kind) add(0.3, "same kind");
      const overlap = jaccard(actors, new Set(k.actors));
      if (overlap > 0) add(0.4 * Math.min(1, overlap * 2), "actors in common");
      if (k.date.startsWith(p.date) || p.date.startsWith(k.date)) add(0.3, "same date");
      return { slug: k.slug, title: k.title, score: Math.round(score * 100) / 100, reasons };
    }),
  ).filter((m) => m.score >= 0.7);
}
