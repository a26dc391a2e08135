// Links between actors: offices, affiliations and headquarters found while discovering names, and
// ownership shares ("DCI is 55% owned by the French state", "55 percent of whose shares belong to…").
import type { LinkHint } from "./actor-discovery";
import { citationAround } from "./quotes";
import { refOf, target, type DocumentContext } from "./records/context";
import type { ActorLinkProposal } from "./types";

export function findActorLinks(doc: DocumentContext): ActorLinkProposal[] {
  const out: ActorLinkProposal[] = [];
  const seen = new Set<string>();
  const push = (hint: LinkHint, score: number, sharePercent?: string, note?: string) => {
    const key = `${hint.from}|${hint.type}|${hint.to}`;
    if (seen.has(key) || hint.from === hint.to) return;
    seen.add(key);
    out.push({
      from: refOf(doc, hint.from),
      to: refOf(doc, hint.to),
      type: hint.type,
      ...(sharePercent ? { sharePercent } : {}),
      ...(hint.role ? { role: hint.role } : {}),
      ...(note ? { note } : {}),
      score,
      citations: [{ start: hint.evidence.start, end: hint.evidence.end, quote: hint.evidence.quote }],
    });
  };
  for (const hint of doc.links) push(hint, 0.7);

  // Ownership: the share and the two actors on either side of "owned by", "owns", "belong to".
  for (const ctx of doc.sentences) {
    const s = ctx.sentence.quote;
    if (!/\b(?:owned|owns|own|stake|shares|belong)\b/i.test(s)) continue;
    for (const m of s.matchAll(/(\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent|per cent)/g)) {
      const at = ctx.sentence.start + m.index!;
      const rest = s.slice(m.index! + m[0].length);
      const passive = /^\s*(?:owned by|of (?:whose|its) shares (?:belong to|are held by)|of whose shares belong to)\b/i.test(rest) || /^\s*of whose shares belong to/i.test(rest);
      const active = /\b(?:owns|holds|own|hold)\s+(?:a\s+)?$/i.test(s.slice(0, m.index!));
      const after = ctx.actors.filter((a) => a.start > at);
      const before = ctx.actors.filter((a) => a.end <= at);
      let owner: string | undefined;
      let owned: string | undefined;
      if (passive) {
        owner = after[0]?.actor;
        owned = before.at(-1)?.actor ?? doc.sentences[ctx.sentence.index - 1]?.actors.at(-1)?.actor;
      } else if (active) {
        owner = before.at(-1)?.actor;
        owned = after.find((a) => /\b(?:in|of)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(ctx.sentence.start, a.start - 8), a.start)))?.actor;
      }
      if (!owner || !owned || owner === owned) continue;
      if (target(doc, owned).kind !== "COMPANY" && target(doc, owned).kind !== "ORGANISATION") continue;
      const percent = m[1]!.replace(",", ".");
      push({ from: owner, to: owned, type: "OWNS", evidence: citationAround(doc.text, ctx.sentence, { start: at, end: at + m[0].length, quote: m[0] }) }, 0.8, percent);
    }
  }
  return out;
}
