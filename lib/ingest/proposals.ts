// Drafts → proposals shaped like the seed dataset (lib/schemas/*): slugs, titles, summaries, parties
// and roles, status history with dates, money as { disclosure, amount, currency, qualifier }, and the
// verbatim quotes behind each record and field.
import { formatAt } from "./dates";
import type { AgreementDraft } from "./records/agreements";
import { statusOfDraft, typeOfDraft } from "./records/agreements";
import { dateFor, refOf, target, type DocumentContext } from "./records/context";
import type { EventDraft } from "./records/events";
import type { PledgeDraft } from "./records/pledges";
import { citeSentence } from "./quotes";
import { slugify } from "./text";
import type { AgreementProposal, Citation, EventProposal, MoneyValue, MoneyMention, PartyProposal, PledgeProposal, StatusEntryProposal } from "./types";

const TYPE_LABEL: Record<string, string> = {
  LICENSED_PRODUCTION: "licensed production",
  JOINT_VENTURE: "joint venture",
  CO_PRODUCTION: "co-production",
  MAINTENANCE_REPAIR: "maintenance and repair",
  TRAINING: "training",
  TECHNOLOGY_TRANSFER: "technology transfer",
  PROCUREMENT: "procurement",
  EXPORT: "exports",
  FINANCING: "financing",
  FRAMEWORK: "cooperation framework",
};

export class SlugRegistry {
  private used = new Set<string>();
  take(base: string): string {
    let slug = slugify(base, 80);
    for (let i = 2; this.used.has(slug); i++) slug = `${slugify(base, 76)}-${i}`;
    this.used.add(slug);
    return slug;
  }
}

function money(m: MoneyMention | undefined, fallback: MoneyValue["disclosure"] = "UNDISCLOSED"): MoneyValue {
  if (!m) return { disclosure: fallback };
  return { disclosure: "DISCLOSED", amount: m.amount, currency: m.currency, qualifier: m.qualifier, ...(m.amountMax ? { amountMax: m.amountMax } : {}) };
}

const label = (type: string) => {
  const l = TYPE_LABEL[type] ?? type.toLowerCase();
  return l.charAt(0).toUpperCase() + l.slice(1);
};
const nameOf = (doc: DocumentContext, key: string) => target(doc, key).name.replace(/\s*\((?:unnamed|[^)]*)\)$/, "");
const uniqueCitations = (cs: Citation[]) => {
  const seen = new Set<string>();
  return cs.filter((c) => (seen.has(`${c.start}:${c.end}:${c.field ?? ""}`) ? false : (seen.add(`${c.start}:${c.end}:${c.field ?? ""}`), true)));
};

export function agreementProposal(doc: DocumentContext, d: AgreementDraft, slugs: SlugRegistry): AgreementProposal {
  const type = typeOfDraft(d);
  const status = statusOfDraft(d);
  const partyKeys = [...d.parties.keys()];
  const names = partyKeys.slice(0, 3).map((k) => nameOf(doc, k));
  const title = `${names.join(" – ")}: ${TYPE_LABEL[type]}`;
  const parties: PartyProposal[] = [];
  for (const [key, roles] of d.parties) {
    for (const role of roles) parties.push({ actor: refOf(doc, key), role, citations: d.partyCitations.get(key) ? [d.partyCitations.get(key)!] : [] });
  }
  const statusHistory: StatusEntryProposal[] = [];
  for (const ev of d.statuses) {
    const when = dateFor(doc, [ev.ctx]);
    if (!when) continue;
    const prev = statusHistory.find((e) => e.status === ev.status);
    if (prev) {
      prev.citations.push(citeSentence(ev.ctx.sentence, "statusHistory"));
      continue;
    }
    statusHistory.push({ status: ev.status, date: when.date, datePrecision: when.precision, dateInferred: when.inferred, ...(ev.note || when.note ? { note: [ev.note, when.note].filter(Boolean).join("; ") } : {}), citations: [citeSentence(ev.ctx.sentence, "statusHistory")] });
  }
  const order = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED", "STALLED", "CANCELLED"];
  statusHistory.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  // The current status is the last entry (the seed's rule); a capped draft drops over-claiming entries.
  const history = statusHistory.filter((e) => order.indexOf(e.status) <= order.indexOf(status) || e.status === status);
  if (history.at(-1)?.status !== status) {
    const when = dateFor(doc, d.ctxs)!;
    history.push({ status, date: when.date, datePrecision: when.precision, dateInferred: when.inferred, note: "status as the article leaves it", citations: [citeSentence(d.ctxs[0]!.sentence, "statusHistory")] });
  }
  const start = history[0];
  const confidence = d.hedged || (d.modal && d.analyst) || status === "RUMOURED" ? "RUMOURED" : d.partyVoice ? "CONFIRMED" : "REPORTED";
  const notes: string[] = [];
  if (d.analyst && d.modal) notes.push("Rests on an analyst's expectation or a hypothetical: not a fact.");
  if (d.capped) notes.push("The text says it is not signed or approved yet: the status is kept at talks.");
  if (partyKeys.length === 1) notes.push("Only one party is named.");
  const citations = uniqueCitations(d.ctxs.map((c) => citeSentence(c.sentence)));
  const score = Math.min(0.95, 0.4 + 0.15 * Math.min(2, partyKeys.length) + (d.statuses.some((s) => s.status !== "RUMOURED") ? 0.15 : 0) + (d.workCountries.size > 0 ? 0.05 : 0));
  return {
    slug: slugs.take(`${names.slice(0, 2).join(" ")} ${TYPE_LABEL[type]}`),
    title,
    summary: `${label(type)} between ${names.join(", ")} (${status.toLowerCase().replace("_", " ")}), as the article reports: “${citations[0]!.quote.slice(0, 240)}${citations[0]!.quote.length > 240 ? "…" : ""}”`,
    type,
    status,
    confidence,
    score: Math.round(score * 100) / 100,
    categories: [...d.categories],
    ...(d.workLocation ? { workLocation: d.workLocation.text } : {}),
    workCountryCodes: [...d.workCountries],
    value: money(d.money),
    ...(start ? { startDate: start.date, startDatePrecision: start.datePrecision } : {}),
    parties,
    statusHistory: history,
    citations,
    fields: d.fields,
    matches: [],
    notes,
    sentences: d.ctxs.map((c) => c.sentence.index),
  };
}

export function pledgeProposal(doc: DocumentContext, p: PledgeDraft, slugs: SlugRegistry): PledgeProposal {
  const when = dateFor(doc, [p.ctx]);
  const donorName = nameOf(doc, p.donor);
  const title = `${p.quantity ? `${p.quantity.quote.replace(/^(?:more than|about|around|some|up to)\s+/i, "")}` : p.item} from ${donorName}`;
  const score = Math.min(0.95, 0.45 + (p.quantity || p.money ? 0.2 : 0) + (p.recipientInferred ? 0 : 0.15) + (p.status === "UNDER_DISCUSSION" ? -0.1 : 0.05));
  return {
    slug: slugs.take(`${donorName} ${p.item}`),
    title: title.length >= 5 ? title : `${p.item} pledge`,
    donor: refOf(doc, p.donor),
    recipients: p.recipients.map((r) => refOf(doc, r)),
    kind: p.kind,
    item: p.item,
    ...(p.category ? { category: p.category } : {}),
    ...(p.quantity?.quantity ? { quantity: p.quantity.quantity, unit: p.quantity.unit } : {}),
    value: money(p.money),
    status: p.status,
    confidence: p.hedged ? "RUMOURED" : "REPORTED",
    score: Math.round(score * 100) / 100,
    ...(when && !when.note?.startsWith("no date") ? { date: when.date, datePrecision: when.precision } : {}),
    dateInferred: when && !when.note?.startsWith("no date") ? when.inferred : false,
    citations: p.citations,
    fields: p.fields,
    matches: [],
    notes: p.notes,
    sentences: [p.ctx.sentence.index],
  };
}

const KIND_LABEL: Record<string, string> = { STATEMENT: "statement", VISIT: "visit", MEETING: "meeting", ANNOUNCEMENT: "announcement", REPORT: "report", DECISION: "decision" };

export function eventProposal(doc: DocumentContext, e: EventDraft, slugs: SlugRegistry): EventProposal {
  const when = dateFor(doc, e.ctxs) ?? { date: formatAt(new Date(), "YEAR"), precision: "YEAR" as const, inferred: true, note: "no date known" };
  const lead = [...e.actors.keys()][0];
  const leadName = lead ? nameOf(doc, lead) : "Unnamed";
  const quote = e.citations[0]!.quote;
  const title = e.kind === "VISIT" && e.place ? `${leadName} visits ${e.place.name}` : `${leadName}: ${KIND_LABEL[e.kind]}`;
  const score = Math.min(0.9, 0.45 + 0.1 * Math.min(3, e.actors.size) + (when.note?.startsWith("no date") ? 0 : 0.1));
  return {
    slug: slugs.take(`${leadName} ${KIND_LABEL[e.kind]} ${when.date}`),
    title,
    description: `${leadName} (${KIND_LABEL[e.kind]}), as the article reports: “${quote.slice(0, 240)}${quote.length > 240 ? "…" : ""}”`,
    kind: e.kind,
    date: when.date,
    datePrecision: when.precision,
    dateInferred: when.inferred,
    ...(e.place ? { place: e.place.name, ...(e.place.countryCode ? { placeCountryCode: e.place.countryCode } : {}) } : {}),
    ...(e.kind === "STATEMENT" && e.stance ? { stance: e.stance } : {}),
    confidence: e.hedged ? "RUMOURED" : "REPORTED",
    score: Math.round(score * 100) / 100,
    actors: [...e.actors].map(([key, role]) => ({ actor: refOf(doc, key), role })),
    citations: uniqueCitations(e.citations),
    fields: {
      kind: { value: e.kind, ...e.trigger },
      ...(e.place ? { place: { value: e.place.name, start: e.place.start, end: e.place.end, quote: e.place.quote } } : {}),
    },
    matches: [],
    notes: [...e.notes, ...(when.note ? [`Date: ${when.note}.`] : [])],
    sentences: e.ctxs.map((c) => c.sentence.index),
  };
}
