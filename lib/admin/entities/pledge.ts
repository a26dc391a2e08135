// Pledges in the admin: donor and recipients picked from actors, quantity with unit, value with
// currency or "undisclosed", an optional USD normalisation that states its rate, date and source.
import type { z } from "zod";
import { pledgeSchema } from "@/lib/schemas/pledge";
import { citationRows, needsCitationWhenPublished, publishedField, ref, rows, yesNo } from "@/lib/schemas/form";
import type { EntityDef } from "../records";
import type { Values } from "../values";
import { citationSelect, citationValues, dateColumns, decimal, missingIds, partialDateValue, quotesOf, freeSlug, slugTakenMessage, syncCitations, text, yes } from "./shared";

export const pledgeFormSchema = pledgeSchema
  .omit({ donor: true, recipients: true, agreement: true, dateInferred: true })
  .extend({
    published: publishedField,
    donorId: ref("Choose the donor."),
    recipients: rows(ref("Choose a recipient."), 1, "A pledge needs at least one recipient."),
    agreementId: ref("Choose an agreement.").optional(),
    dateInferred: yesNo,
    citations: citationRows,
  })
  .superRefine(needsCitationWhenPublished)
  // The same rules as pledgeSeedSchema.
  .refine((p) => p.quantity === undefined || p.unit !== undefined, { path: ["unit"], message: "A quantity needs a unit." })
  .refine((p) => p.usd === undefined || p.value.disclosure === "DISCLOSED", { path: ["usd", "amount"], message: "Only a disclosed value can be normalised to USD." });
export type PledgeDoc = z.output<typeof pledgeFormSchema>;

export const pledgeDef: EntityDef<PledgeDoc> = {
  entity: "PLEDGE",
  model: "pledge",
  segment: "pledges",
  noun: "pledge",
  titleField: "title",
  lists: ["recipients"],
  schema: pledgeFormSchema,
  labels: { donorId: "Donor", agreementId: "Agreement", usd: "USD normalisation", rateDate: "Rate date", rateSource: "Rate source", sourceId: "Source" },
  publicPath: (slug) => `/pledges/${slug}`,

  async load(tx, id) {
    const p = await tx.pledge.findUnique({
      where: { id },
      include: { recipients: { orderBy: { actorId: "asc" }, select: { actorId: true } }, citations: { select: citationSelect, orderBy: { id: "asc" } } },
    });
    if (!p) return null;
    return {
      published: yes(p.isPublished),
      slug: p.slug,
      title: p.title,
      donorId: String(p.donorId),
      recipients: p.recipients.map((r) => String(r.actorId)),
      kind: p.kind,
      item: p.item,
      category: text(p.category),
      quantity: decimal(p.quantity),
      unit: text(p.unit),
      value: { disclosure: p.valueDisclosure, amount: decimal(p.valueAmount), currency: text(p.valueCurrency) },
      usd: { amount: decimal(p.usdAmount), rate: decimal(p.usdRate), rateDate: partialDateValue(p.usdRateDate, p.usdRateDate ? "DAY" : null), rateSource: text(p.usdRateSource) },
      status: p.status,
      confidence: p.confidence,
      date: partialDateValue(p.date, p.datePrecision),
      dateInferred: yes(p.dateInferred),
      note: text(p.note),
      agreementId: p.agreementId ? String(p.agreementId) : "",
      citations: citationValues(p.citations),
    } satisfies Values;
  },

  async write(tx, id, doc) {
    const d = dateColumns(doc.date);
    const columns = {
      slug: doc.slug,
      title: doc.title,
      donorId: doc.donorId,
      kind: doc.kind,
      item: doc.item,
      category: doc.category ?? null,
      quantity: doc.quantity ?? null,
      unit: doc.unit ?? null,
      valueDisclosure: doc.value.disclosure,
      valueAmount: doc.value.amount ?? null,
      valueCurrency: doc.value.currency ?? null,
      usdAmount: doc.usd?.amount ?? null,
      usdRate: doc.usd?.rate ?? null,
      usdRateDate: doc.usd ? dateColumns(doc.usd.rateDate).date : null,
      usdRateSource: doc.usd?.rateSource ?? null,
      status: doc.status,
      confidence: doc.confidence,
      date: d.date,
      datePrecision: d.precision,
      dateInferred: doc.dateInferred,
      note: doc.note ?? null,
      agreementId: doc.agreementId ?? null,
      isPublished: doc.published,
    };
    const pledgeId = id === null ? (await tx.pledge.create({ data: columns, select: { id: true } })).id : (await tx.pledge.update({ where: { id }, data: columns, select: { id: true } })).id;
    await tx.pledgeRecipient.deleteMany({ where: { pledgeId } });
    await tx.pledgeRecipient.createMany({ data: [...new Set(doc.recipients)].map((actorId) => ({ pledgeId, actorId })) });
    await syncCitations(tx, { pledgeId }, doc.citations);
    return pledgeId;
  },

  quotes: (doc) => quotesOf("citations", doc.citations),

  async validate(tx, doc, id) {
    const errors: Record<string, string> = {};
    const other = await tx.pledge.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { id } }, select: { title: true } });
    if (other) errors.slug = slugTakenMessage(other.title, await freeSlug(doc.slug, async (slug) => (await tx.pledge.count({ where: { slug } })) > 0));
    Object.assign(
      errors,
      await missingIds(
        (ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }),
        [{ path: "donorId", id: doc.donorId }, ...doc.recipients.map((r, i) => ({ path: `recipients.${i}`, id: r }))],
        "This actor does not exist (any more). Choose another.",
        "This actor is in the trash. Choose another, or ask an admin to restore it first.",
      ),
    );
    if (doc.agreementId !== undefined)
      Object.assign(
        errors,
        await missingIds((ids) => tx.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }), [{ path: "agreementId", id: doc.agreementId }], "This agreement does not exist.", "This agreement is in the trash. Choose another, or ask an admin to restore it first."),
      );
    return errors;
  },

  async dependants(tx, id) {
    const events = await tx.event.findMany({ where: { deletedAt: null, pledges: { some: { pledgeId: id } } }, select: { title: true } });
    return events.map((e) => `event "${e.title}"`);
  },
};
