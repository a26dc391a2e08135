// The seed dataset: structured records drawn from the five articles in seeds/articles/.
// Validated at load time by lib/seed/dataset.ts with the same zod schemas the app uses.
import type { DatasetInput } from "@/lib/seed/dataset";
import actorLinks from "./data/actor-links";
import actors from "./data/actors";
import agreements from "./data/agreements";
import events from "./data/events";
import pledges from "./data/pledges";
import sources from "./data/sources";

export const dataset: DatasetInput = { sources, actors, actorLinks, agreements, pledges, events };
