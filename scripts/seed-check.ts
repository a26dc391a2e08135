// Validates the seed dataset without touching a database: schemas, references, verbatim quotes.
import { dataset } from "@/seeds/index";
import { validateDataset } from "@/lib/seed/dataset";

try {
  const { data } = await validateDataset(dataset);
  const counts = Object.entries(data).map(([k, v]) => `${k}: ${(v as unknown[]).length}`);
  const citations =
    data.actors.reduce((n, a) => n + a.citations.length, 0) +
    data.actorLinks.reduce((n, a) => n + a.citations.length, 0) +
    data.agreements.reduce((n, a) => n + a.citations.length + a.statusHistory.reduce((m, s) => m + s.citations.length, 0) + a.parties.reduce((m, p) => m + p.citations.length, 0), 0) +
    data.pledges.reduce((n, p) => n + p.citations.length, 0) +
    data.events.reduce((n, e) => n + e.citations.length, 0) +
    data.sources.reduce((n, s) => n + s.evidence.length, 0);
  console.log(`Seed dataset is valid. ${counts.join(", ")}, citations: ${citations}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
