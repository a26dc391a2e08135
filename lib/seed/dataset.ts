// The structured seed dataset drawn from the five source articles, validated with the app's zod
// schemas, with every reference resolved and every quote checked against its article.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { actorLinkSeedSchema, actorSeedSchema } from "@/lib/schemas/actor";
import { agreementSeedSchema } from "@/lib/schemas/agreement";
import type { CitationInput } from "@/lib/schemas/common";
import { eventSeedSchema } from "@/lib/schemas/event";
import { pledgeSeedSchema } from "@/lib/schemas/pledge";
import { sourceSeedSchema } from "@/lib/schemas/source";
import { quoteOccursIn } from "@/lib/quotes";

// import.meta.dirname is undefined inside the Next.js bundle (the app imports datasetSchema for the
// export's documentation), where the process runs from the project root.
export const articlesDir = import.meta.dirname
  ? path.resolve(import.meta.dirname, "..", "..", "seeds", "articles")
  : path.resolve(process.cwd(), "seeds", "articles");

export const datasetSchema = z.object({
  sources: z.array(sourceSeedSchema),
  actors: z.array(actorSeedSchema),
  actorLinks: z.array(actorLinkSeedSchema),
  agreements: z.array(agreementSeedSchema),
  pledges: z.array(pledgeSeedSchema),
  events: z.array(eventSeedSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type SourceRecord = Dataset["sources"][number] & { fullText: string };

/** A problem with one record, named so that a person can find and fix it. */
export class SeedError extends Error {
  constructor(
    readonly entity: string,
    readonly record: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${entity} "${record}", field ${field}: ${problem}`);
    this.name = "SeedError";
  }
}

export interface ValidatedDataset {
  data: Dataset;
  sources: Map<string, SourceRecord>;
}

/** Parses, resolves references and verifies every quote; throws SeedError listing every problem. */
export async function validateDataset(input: unknown, dir = articlesDir): Promise<ValidatedDataset> {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [entity, index, ...field] = issue.path;
    const record = recordName(input, entity, index);
    throw new SeedError(String(entity), record, field.join(".") || "(record)", issue.message);
  }
  const data = parsed.data;
  const problems: SeedError[] = [];

  const sources = new Map<string, SourceRecord>();
  for (const source of data.sources) {
    let fullText: string;
    try {
      fullText = await readFile(path.join(dir, source.file), "utf8");
    } catch {
      problems.push(new SeedError("sources", source.slug, "file", `seeds/articles/${source.file} cannot be read.`));
      continue;
    }
    sources.set(source.slug, { ...source, fullText });
  }

  const actorSlugs = new Set(data.actors.map((a) => a.slug));
  const agreementSlugs = new Set(data.agreements.map((a) => a.slug));
  const pledgeSlugs = new Set(data.pledges.map((p) => p.slug));

  const checkUnique = (entity: string, slugs: string[]) => {
    const seen = new Set<string>();
    for (const slug of slugs) {
      if (seen.has(slug)) problems.push(new SeedError(entity, slug, "slug", "This slug is used twice."));
      seen.add(slug);
    }
  };
  checkUnique("sources", data.sources.map((s) => s.slug));
  checkUnique("actors", data.actors.map((a) => a.slug));
  checkUnique("agreements", data.agreements.map((a) => a.slug));
  checkUnique("pledges", data.pledges.map((p) => p.slug));
  checkUnique("events", data.events.map((e) => e.slug));

  const checkRef = (entity: string, record: string, field: string, slug: string, known: Set<string>, kind: string) => {
    if (!known.has(slug)) problems.push(new SeedError(entity, record, field, `No ${kind} has the slug "${slug}".`));
  };
  const checkCitations = (entity: string, record: string, field: string, citations: CitationInput[]) => {
    citations.forEach((citation, i) => {
      const source = sources.get(citation.source);
      if (!source) {
        problems.push(new SeedError(entity, record, `${field}[${i}].source`, `No source has the slug "${citation.source}".`));
      } else if (!quoteOccursIn(citation.quote, source.fullText)) {
        problems.push(
          new SeedError(entity, record, `${field}[${i}].quote`, `The quote does not occur verbatim in ${source.file}: "${citation.quote.slice(0, 80)}"`),
        );
      }
    });
  };

  for (const s of data.sources) checkCitations("sources", s.slug, "evidence", s.evidence.map((e) => ({ ...e, source: s.slug })));
  for (const a of data.actors) checkCitations("actors", a.slug, "citations", a.citations);
  data.actorLinks.forEach((link) => {
    const name = `${link.from} ${link.type} ${link.to}`;
    checkRef("actorLinks", name, "from", link.from, actorSlugs, "actor");
    checkRef("actorLinks", name, "to", link.to, actorSlugs, "actor");
    checkCitations("actorLinks", name, "citations", link.citations);
  });
  for (const a of data.agreements) {
    checkCitations("agreements", a.slug, "citations", a.citations);
    a.parties.forEach((p, i) => {
      checkRef("agreements", a.slug, `parties[${i}].actor`, p.actor, actorSlugs, "actor");
      checkCitations("agreements", a.slug, `parties[${i}].citations`, p.citations);
    });
    a.statusHistory.forEach((entry, i) => checkCitations("agreements", a.slug, `statusHistory[${i}].citations`, entry.citations));
  }
  for (const p of data.pledges) {
    checkRef("pledges", p.slug, "donor", p.donor, actorSlugs, "actor");
    p.recipients.forEach((r, i) => checkRef("pledges", p.slug, `recipients[${i}]`, r, actorSlugs, "actor"));
    if (p.agreement) checkRef("pledges", p.slug, "agreement", p.agreement, agreementSlugs, "agreement");
    checkCitations("pledges", p.slug, "citations", p.citations);
  }
  for (const e of data.events) {
    e.actors.forEach((a, i) => checkRef("events", e.slug, `actors[${i}].actor`, a.actor, actorSlugs, "actor"));
    e.agreements.forEach((s, i) => checkRef("events", e.slug, `agreements[${i}]`, s, agreementSlugs, "agreement"));
    e.pledges.forEach((s, i) => checkRef("events", e.slug, `pledges[${i}]`, s, pledgeSlugs, "pledge"));
    checkCitations("events", e.slug, "citations", e.citations);
  }

  if (problems.length > 0) {
    const error = new SeedError(problems[0]!.entity, problems[0]!.record, problems[0]!.field, problems[0]!.message);
    error.message = problems.map((p) => p.message).join("\n");
    throw error;
  }
  return { data, sources };
}

function recordName(input: unknown, entity: unknown, index: unknown): string {
  const list = (input as Record<string, unknown> | null)?.[String(entity)];
  const record = Array.isArray(list) && typeof index === "number" ? (list[index] as Record<string, unknown> | undefined) : undefined;
  if (record && typeof record.slug === "string") return record.slug;
  if (record && typeof record.from === "string") return `${record.from} → ${String(record.to)}`;
  return `#${String(index)}`;
}
