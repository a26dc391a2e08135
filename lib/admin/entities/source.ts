// Sources in the admin: bibliographic fields (inferred ones flagged, with a note and evidence quotes)
// and the stored full text every quote is checked against. Changing the text is refused while a quote
// from it would no longer occur in it.
import { createHash } from "node:crypto";
import { z } from "zod";
import { citationInputSchema } from "@/lib/schemas/common";
import { publishedField, rowId, rows, yesNo } from "@/lib/schemas/form";
import { sourceSchema } from "@/lib/schemas/source";
import { quoteOccursIn } from "@/lib/quotes";
import type { EntityDef } from "../records";
import type { Values } from "../values";
import { citationSelect, citationValues, dateColumns, partialDateValue, freeSlug, slugTakenMessage, syncCitations, text, yes } from "./shared";

const evidenceRow = citationInputSchema.omit({ source: true }).extend({ id: rowId });

export const sourceFormSchema = sourceSchema
  .omit({ publisherInferred: true, publishedAtInferred: true })
  .extend({
    published: publishedField,
    publisherInferred: yesNo,
    publishedAtInferred: yesNo,
    fullText: z.string({ error: "Paste the article's full text: quotes are checked against it." }).min(200, "Paste the article's full text (at least 200 characters): quotes are checked against it."),
    evidence: rows(evidenceRow),
  })
  // The same rule as sourceSeedSchema.
  .refine((s) => !(s.publisherInferred || s.publishedAtInferred) || (s.inferenceNote && s.evidence.length > 0), {
    path: ["inferenceNote"],
    message: "An inferred field needs an inference note and at least one evidence quote.",
  });
export type SourceDoc = z.output<typeof sourceFormSchema>;

export const sourceDef: EntityDef<SourceDoc> = {
  entity: "SOURCE",
  model: "source",
  segment: "sources",
  noun: "source",
  titleField: "title",
  schema: sourceFormSchema,
  labels: { publishedAt: "Publication date", inferenceNote: "Inference note", fullText: "Full text", url: "URL" },
  publicPath: (slug) => `/sources/${slug}`,

  async load(tx, id) {
    const s = await tx.source.findUnique({ where: { id }, include: { evidence: { select: citationSelect, orderBy: { id: "asc" } } } });
    if (!s) return null;
    return {
      published: yes(s.isPublished),
      slug: s.slug,
      title: s.title,
      publisher: text(s.publisher),
      publisherInferred: yes(s.publisherInferred),
      author: text(s.author),
      url: text(s.url),
      publishedAt: partialDateValue(s.publishedAt, s.publishedPrecision),
      publishedAtInferred: yes(s.publishedAtInferred),
      inferenceNote: text(s.inferenceNote),
      language: s.language,
      fullText: s.fullText,
      evidence: citationValues(s.evidence).map(({ sourceId: _unused, ...rest }) => rest),
    } satisfies Values;
  },

  async write(tx, id, doc) {
    const published = dateColumns(doc.publishedAt);
    const columns = {
      slug: doc.slug,
      title: doc.title,
      publisher: doc.publisher ?? null,
      publisherInferred: doc.publisherInferred,
      author: doc.author ?? null,
      url: doc.url ?? null,
      publishedAt: published.date,
      publishedPrecision: published.precision,
      publishedAtInferred: doc.publishedAtInferred,
      inferenceNote: doc.inferenceNote ?? null,
      language: doc.language,
      fullText: doc.fullText,
      contentSha256: createHash("sha256").update(doc.fullText).digest("hex"),
      isPublished: doc.published,
    };
    const sourceId = id === null ? (await tx.source.create({ data: columns, select: { id: true } })).id : (await tx.source.update({ where: { id }, data: columns, select: { id: true } })).id;
    await syncCitations(tx, { aboutSourceId: sourceId }, doc.evidence.map((e) => ({ ...e, sourceId })));
    return sourceId;
  },

  // Evidence quotes come from this very source, so they are checked against the submitted text.
  quotes: () => [],

  async validate(tx, doc, id) {
    const errors: Record<string, string> = {};
    const other = await tx.source.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { id } }, select: { title: true } });
    if (other) errors.slug = slugTakenMessage(other.title, await freeSlug(doc.slug, async (slug) => (await tx.source.count({ where: { slug } })) > 0));
    doc.evidence.forEach((e, i) => {
      if (!quoteOccursIn(e.quote, doc.fullText)) errors[`evidence.${i}.quote`] = "This quote does not occur word for word in the full text below.";
    });
    if (id !== null) {
      const cited = await tx.citation.findMany({ where: { sourceId: id, aboutSourceId: null }, select: { quote: true } });
      const broken = cited.filter((c) => !quoteOccursIn(c.quote, doc.fullText));
      if (broken.length > 0)
        errors.fullText = `${broken.length} quote${broken.length === 1 ? "" : "s"} from this source would no longer occur in the text (first: "${broken[0]!.quote.slice(0, 80)}…"). Fix those citations first, or keep the text as it was.`;
    }
    return errors;
  },

  async dependants(tx, id) {
    const cited = await tx.citation.count({ where: { sourceId: id, aboutSourceId: null } });
    return cited > 0 ? [`${cited} citation${cited === 1 ? "" : "s"} quoting it`] : [];
  },
};
