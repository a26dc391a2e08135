// Agreements in the admin: parties with roles, a dated status history (the current status is the
// latest entry's), citations at every level, and former slugs kept for redirects.
import { z } from "zod";
import { agreementSchema, partySchema, statusEntrySchema } from "@/lib/schemas/agreement";
import { citationRows, countryCodeList, needsCitationWhenPublished, publishedField, ref, rowId, rows, yesNo } from "@/lib/schemas/form";
import { parsePartialDate } from "@/lib/schemas/common";
import type { EntityDef } from "../records";
import type { Values } from "../values";
import { citationSelect, citationValues, dateColumns, decimal, missingIds, partialDateValue, quotesOf, freeSlug, slugTakenMessage, syncCitations, syncRows, text, yes } from "./shared";

const partyRow = partySchema.omit({ actor: true, citations: true }).extend({ id: rowId, actorId: ref("Choose an actor."), citations: citationRows });
const statusRow = statusEntrySchema.omit({ citations: true, dateInferred: true }).extend({ id: rowId, dateInferred: yesNo, citations: citationRows });

export const agreementFormSchema = agreementSchema
  .omit({ status: true, workCountryCodes: true })
  .extend({
    published: publishedField,
    workCountryCodes: countryCodeList,
    parties: rows(partyRow, 1, "An agreement needs at least one party."),
    statusHistory: rows(statusRow, 1, "An agreement needs at least one dated status entry."),
    citations: citationRows,
  })
  .superRefine(needsCitationWhenPublished)
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.parties.forEach((p, i) => {
      const key = `${p.actorId}:${p.role}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["parties", i, "role"], message: "This actor already has this role in the agreement." });
      seen.add(key);
    });
  });
export type AgreementDoc = z.output<typeof agreementFormSchema>;

/** The current status: the latest entry's (by date; the later row wins a tie). */
export function currentStatus(doc: Pick<AgreementDoc, "statusHistory">) {
  const dated = doc.statusHistory.map((s, i) => ({ s, i, t: parsePartialDate(s.date)!.date.getTime() }));
  dated.sort((a, b) => a.t - b.t || a.i - b.i);
  return dated.at(-1)!.s.status;
}

export const agreementDef: EntityDef<AgreementDoc> = {
  entity: "AGREEMENT",
  model: "agreement",
  segment: "agreements",
  noun: "agreement",
  titleField: "title",
  lists: ["categories"],
  schema: agreementFormSchema,
  labels: { statusHistory: "Status entry", workCountryCodes: "Work countries", startDate: "Start date", actorId: "Actor", sourceId: "Source" },
  publicPath: (slug) => `/deals/${slug}`,

  async load(tx, id) {
    const a = await tx.agreement.findUnique({
      where: { id },
      include: {
        parties: { orderBy: { id: "asc" }, include: { citations: { select: citationSelect, orderBy: { id: "asc" } } } },
        statusHistory: { orderBy: [{ date: "asc" }, { id: "asc" }], include: { citations: { select: citationSelect, orderBy: { id: "asc" } } } },
        citations: { select: citationSelect, orderBy: { id: "asc" } },
      },
    });
    if (!a) return null;
    return {
      published: yes(a.isPublished),
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      type: a.type,
      confidence: a.confidence,
      categories: [...a.categories],
      workLocation: text(a.workLocation),
      workCountryCodes: a.workCountryCodes.join(", "),
      value: { disclosure: a.valueDisclosure, amount: decimal(a.valueAmount), currency: text(a.valueCurrency) },
      startDate: partialDateValue(a.startDate, a.startDatePrecision),
      parties: a.parties.map((p) => ({ id: String(p.id), actorId: String(p.actorId), role: p.role, note: text(p.note), citations: citationValues(p.citations) })),
      statusHistory: a.statusHistory.map((s) => ({
        id: String(s.id),
        status: s.status,
        date: partialDateValue(s.date, s.datePrecision),
        dateInferred: yes(s.dateInferred),
        note: text(s.note),
        citations: citationValues(s.citations),
      })),
      citations: citationValues(a.citations),
    } satisfies Values;
  },

  async write(tx, id, doc, before) {
    const start = dateColumns(doc.startDate);
    const columns = {
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      type: doc.type,
      status: currentStatus(doc),
      confidence: doc.confidence,
      categories: doc.categories,
      workLocation: doc.workLocation ?? null,
      workCountryCodes: doc.workCountryCodes,
      valueDisclosure: doc.value.disclosure,
      valueAmount: doc.value.amount ?? null,
      valueCurrency: doc.value.currency ?? null,
      startDate: start.date,
      startDatePrecision: start.precision,
      isPublished: doc.published,
    };
    let agreementId: number;
    if (id === null) {
      agreementId = (await tx.agreement.create({ data: columns, select: { id: true } })).id;
    } else {
      agreementId = id;
      await tx.agreement.update({ where: { id }, data: columns });
      const oldSlug = typeof before?.slug === "string" ? before.slug : null;
      if (oldSlug && oldSlug !== doc.slug) {
        // The old address keeps working: the public page redirects former slugs.
        await tx.agreementSlug.upsert({ where: { slug: oldSlug }, create: { slug: oldSlug, agreementId }, update: { agreementId } });
      }
    }
    // A slug taken back from this agreement's own history is current again, not a redirect.
    await tx.agreementSlug.deleteMany({ where: { slug: doc.slug, agreementId } });

    const parties = await tx.agreementParty.findMany({ where: { agreementId }, select: { id: true } });
    await syncRows(parties.map((p) => p.id), doc.parties, {
      remove: (ids) => tx.agreementParty.deleteMany({ where: { id: { in: ids } } }),
      update: (pid, p) => tx.agreementParty.update({ where: { id: pid }, data: { actorId: p.actorId, role: p.role, note: p.note ?? null } }),
      create: async (p) => (await tx.agreementParty.create({ data: { agreementId, actorId: p.actorId, role: p.role, note: p.note ?? null }, select: { id: true } })).id,
      children: (pid, p) => syncCitations(tx, { partyId: pid }, p.citations),
    });
    const entries = await tx.agreementStatusEntry.findMany({ where: { agreementId }, select: { id: true } });
    await syncRows(entries.map((s) => s.id), doc.statusHistory, {
      remove: (ids) => tx.agreementStatusEntry.deleteMany({ where: { id: { in: ids } } }),
      update: (sid, s) => {
        const d = dateColumns(s.date);
        return tx.agreementStatusEntry.update({ where: { id: sid }, data: { status: s.status, date: d.date!, datePrecision: d.precision!, dateInferred: s.dateInferred, note: s.note ?? null } });
      },
      create: async (s) => {
        const d = dateColumns(s.date);
        return (
          await tx.agreementStatusEntry.create({
            data: { agreementId, status: s.status, date: d.date!, datePrecision: d.precision!, dateInferred: s.dateInferred, note: s.note ?? null },
            select: { id: true },
          })
        ).id;
      },
      children: (sid, s) => syncCitations(tx, { statusEntryId: sid }, s.citations),
    });
    await syncCitations(tx, { agreementId }, doc.citations);
    return agreementId;
  },

  quotes: (doc) => [
    ...quotesOf("citations", doc.citations),
    ...doc.parties.flatMap((p, i) => quotesOf(`parties.${i}.citations`, p.citations)),
    ...doc.statusHistory.flatMap((s, i) => quotesOf(`statusHistory.${i}.citations`, s.citations)),
  ],

  async validate(tx, doc, id) {
    const errors: Record<string, string> = {};
    const other = await tx.agreement.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { id } }, select: { title: true } });
    if (other) errors.slug = slugTakenMessage(other.title, await freeSlug(doc.slug, async (slug) => (await tx.agreement.count({ where: { slug } })) + (await tx.agreementSlug.count({ where: { slug } })) > 0));
    const former = await tx.agreementSlug.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { agreementId: id } }, select: { agreement: { select: { title: true } } } });
    if (former) errors.slug = `This slug is a former address of "${former.agreement.title}" and still redirects there. Choose another.`;
    Object.assign(
      errors,
      await missingIds(
        (ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }),
        doc.parties.map((p, i) => ({ path: `parties.${i}.actorId`, id: p.actorId })),
        "This actor does not exist (any more). Choose another.",
        "This actor is in the trash. Choose another, or ask an admin to restore it first.",
      ),
    );
    return errors;
  },

  async dependants(tx, id) {
    const [pledges, events] = await Promise.all([
      tx.pledge.findMany({ where: { agreementId: id, deletedAt: null }, select: { title: true } }),
      tx.event.findMany({ where: { agreements: { some: { agreementId: id } }, deletedAt: null }, select: { title: true } }),
    ]);
    return [...pledges.map((p) => `pledge "${p.title}"`), ...events.map((e) => `event "${e.title}"`)];
  },
};
