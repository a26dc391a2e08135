// The curated seed records of one source article, as an expectation for the evaluation: every record
// citing the article, the actors those records and the article's own citations name, their dates,
// amounts, quantities and ownership shares.
import type { Dataset, SourceRecord } from "@/lib/seed/dataset";
import { fold } from "../text";
import type { EvalArticle, Expected } from "./expected";

export function curatedArticles(data: Dataset, sources: Map<string, SourceRecord>): EvalArticle[] {
  return data.sources.map((source) => {
    const cites = (cs: { source: string }[]) => cs.some((c) => c.source === source.slug);
    const agreements = data.agreements.filter((a) => cites([...a.citations, ...a.parties.flatMap((p) => p.citations), ...a.statusHistory.flatMap((s) => s.citations)]));
    const pledges = data.pledges.filter((p) => cites(p.citations));
    const events = data.events.filter((e) => cites(e.citations));
    const links = data.actorLinks.filter((l) => cites(l.citations));
    // Actors the article names (by name or alias) or cites: a record may involve an actor this
    // article never mentions (it is cited by another article too), which no reader could find here.
    const folded = fold(sources.get(source.slug)!.fullText);
    const named = (slug: string) => {
      const a = data.actors.find((x) => x.slug === slug);
      if (!a) return false;
      if (cites(a.citations)) return true;
      return [a.name, ...a.aliases].some((n) => n.length >= 2 && new RegExp(`(?<![\\p{L}])${fold(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(folded));
    };
    const actorSlugs = new Set<string>([
      ...data.actors.filter((a) => cites(a.citations)).map((a) => a.slug),
      ...agreements.flatMap((a) => a.parties.map((p) => p.actor)),
      ...pledges.flatMap((p) => [p.donor, ...p.recipients]),
      ...events.flatMap((e) => e.actors.map((a) => a.actor)),
      ...links.flatMap((l) => [l.from, l.to]),
    ].filter(named));
    const dates = new Set<string>();
    for (const a of agreements) {
      if (a.startDate) dates.add(a.startDate);
      for (const s of a.statusHistory) if (cites(s.citations)) dates.add(s.date);
    }
    for (const p of pledges) if (p.date) dates.add(p.date);
    for (const e of events) {
      dates.add(e.date);
      if (e.endDate) dates.add(e.endDate);
    }
    const curatedQuotes = new Map<string, string[]>();
    const quotesOf = (cs: { source: string; quote: string }[]) => cs.filter((c) => c.source === source.slug).map((c) => c.quote);
    for (const a of agreements) curatedQuotes.set(`agreements:${a.slug}`, quotesOf([...a.citations, ...a.parties.flatMap((p) => p.citations), ...a.statusHistory.flatMap((s) => s.citations)]));
    for (const p of pledges) curatedQuotes.set(`pledges:${p.slug}`, quotesOf(p.citations));
    for (const e of events) curatedQuotes.set(`events:${e.slug}`, quotesOf(e.citations));
    const expected: Expected = {
      style: source.title,
      published: source.publishedAt ?? "",
      actors: [...actorSlugs].map((slug) => ({ slug })),
      dates: [...dates].map((date) => ({ date })),
      amounts: [...agreements, ...pledges]
        .filter((r) => r.value.disclosure === "DISCLOSED")
        .map((r) => ({ amount: r.value.amount!, currency: r.value.currency! })),
      shares: links.filter((l) => l.sharePercent).map((l) => Number(l.sharePercent)),
      quantities: pledges.filter((p) => p.quantity).map((p) => ({ quantity: Number(p.quantity), item: p.unit ?? p.item })),
      agreements: agreements.map((a) => ({ type: a.type, parties: [...new Set(a.parties.map((p) => p.actor))], status: a.status, slug: a.slug })),
      pledges: pledges.map((p) => ({ kind: p.kind, donor: p.donor, recipients: p.recipients, status: p.status, slug: p.slug })),
      events: events.map((e) => ({ kind: e.kind, actors: [...new Set(e.actors.map((a) => a.actor))], stance: e.stance, slug: e.slug })),
      mustNot: [],
    };
    return {
      id: source.file.replace(/\.txt$/, ""),
      text: sources.get(source.slug)!.fullText,
      published: source.publishedAt ?? "",
      expected,
      curatedQuotes,
    };
  });
}
