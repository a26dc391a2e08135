// Actors of an article: recognised names (database first, then the gazetteer), names discovered in the
// text, their mentions with offsets, and the links between them (offices, affiliations, ownership).
import { refreshIndex, type ActorIndex, type Target } from "./actor-index";
import { discoverActors, type LinkHint } from "./actor-discovery";
import { scanActors } from "./actor-scan";
import { citationAround } from "./quotes";
import type { ActorMention, ActorProposal, PlaceMention, Sentence } from "./types";

export interface ActorAnalysis {
  proposals: Map<string, ActorProposal>;
  mentions: ActorMention[];
  places: PlaceMention[];
  links: LinkHint[];
  index: ActorIndex;
}

function scoreOf(target: Target, mentions: ActorMention[]): number {
  if (target.existing) return 0.95;
  if (target.gazetteer) return 0.85;
  return Math.min(0.8, 0.5 + 0.1 * mentions.length);
}

export function analyseActors(text: string, folded: string, sentences: Sentence[], index: ActorIndex): ActorAnalysis {
  const discovery = discoverActors(text, sentences, index);
  refreshIndex(index);
  const { mentions, places } = scanActors(text, folded, index, sentences);

  const proposals = new Map<string, ActorProposal>();
  for (const mention of mentions) {
    const target = index.targets.get(mention.actor)!;
    let proposal = proposals.get(target.key);
    if (!proposal) {
      proposal = {
        slug: target.key,
        existing: target.existing,
        name: target.name,
        kind: target.kind,
        countryCode: target.countryCode,
        title: discovery.titles.get(target.key),
        aliases: target.existing ? [] : target.aliases,
        mentions: [],
        citations: [],
        score: 0,
        notes: [],
      };
      proposals.set(target.key, proposal);
    }
    proposal.mentions.push(mention);
  }
  for (const proposal of proposals.values()) {
    const target = index.targets.get(proposal.slug)!;
    proposal.score = scoreOf(target, proposal.mentions);
    const seen = new Set<number>();
    for (const m of proposal.mentions) {
      if (seen.has(m.sentence) || proposal.citations.length >= 3) continue;
      seen.add(m.sentence);
      proposal.citations.push(citationAround(text, sentences[m.sentence]!, m));
    }
    if (proposal.mentions.every((m) => m.metonymy)) proposal.notes.push("Named only through its capital (metonymy).");
    if (!proposal.existing && !proposal.countryCode && proposal.kind !== "ALLIANCE" && proposal.kind !== "ORGANISATION") {
      proposal.notes.push("Country not stated in the text.");
    }
  }
  return { proposals, mentions, places, links: discovery.links, index };
}
