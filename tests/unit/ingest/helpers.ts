// Runs the assistant on a short text with the seed dataset's actors as the known ones.
import { analyseArticle } from "@/lib/ingest/analyse";
import { knownFromDataset } from "@/lib/ingest/known";
import type { ActorRef, Proposals } from "@/lib/ingest/types";
import { dataset } from "@/seeds/index";

const known = knownFromDataset(dataset);

export function analyse(text: string, published = "2024-02-17"): Proposals {
  return analyseArticle(text, { published, actors: known.actors, records: known.records });
}

export const slugOf = (ref: ActorRef) => (typeof ref === "string" ? ref : ref.slug);
export const nameOf = (ref: ActorRef) => (typeof ref === "string" ? ref : ref.name);

/** Every citation of every proposal, with the text it must be a slice of. */
export function everyCitation(p: Proposals) {
  return [
    ...p.actors.flatMap((a) => a.citations),
    ...p.agreements.flatMap((a) => [...a.citations, ...a.parties.flatMap((x) => x.citations), ...a.statusHistory.flatMap((s) => s.citations)]),
    ...p.pledges.flatMap((x) => x.citations),
    ...p.events.flatMap((e) => e.citations),
    ...p.actorLinks.flatMap((l) => l.citations),
  ];
}
