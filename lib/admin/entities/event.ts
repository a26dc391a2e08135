// Timeline events in the admin: a date with precision (and an end date), actors with roles, a stance
// and topic for statements, and the agreements and pledges the event concerns.
import { z } from "zod";
import { EventActorRole } from "@/lib/generated/prisma/enums";
import { eventSchema } from "@/lib/schemas/event";
import { citationRows, needsCitationWhenPublished, publishedField, ref, rows, yesNo } from "@/lib/schemas/form";
import type { EntityDef } from "../records";
import type { Values } from "../values";
import { citationSelect, citationValues, dateColumns, missingIds, partialDateValue, quotesOf, freeSlug, slugTakenMessage, syncCitations, text, yes } from "./shared";

const actorRow = z.object({ actorId: ref("Choose an actor."), role: z.enum(EventActorRole) });

export const eventFormSchema = eventSchema
  .omit({ dateInferred: true })
  .extend({
    published: publishedField,
    dateInferred: yesNo,
    actors: rows(actorRow),
    agreements: rows(ref("Choose an agreement.")),
    pledges: rows(ref("Choose a pledge.")),
    citations: citationRows,
  })
  .superRefine(needsCitationWhenPublished)
  // The same rules as eventSeedSchema.
  .refine((e) => e.endDate === undefined || e.endDate >= e.date, { path: ["endDate"], message: "The end date is before the start date." })
  .refine((e) => e.stance === undefined || e.kind === "STATEMENT", { path: ["stance"], message: "Only a STATEMENT has a stance." });
export type EventDoc = z.output<typeof eventFormSchema>;

export const eventDef: EntityDef<EventDoc> = {
  entity: "EVENT",
  model: "event",
  segment: "events",
  noun: "event",
  titleField: "title",
  lists: ["agreements", "pledges"],
  schema: eventFormSchema,
  labels: { endDate: "End date", placeCountryCode: "Country of the place", actorId: "Actor", sourceId: "Source" },
  publicPath: () => "/timeline",

  async load(tx, id) {
    const e = await tx.event.findUnique({
      where: { id },
      include: {
        actors: { orderBy: [{ actorId: "asc" }, { role: "asc" }] },
        agreements: { orderBy: { agreementId: "asc" } },
        pledges: { orderBy: { pledgeId: "asc" } },
        citations: { select: citationSelect, orderBy: { id: "asc" } },
      },
    });
    if (!e) return null;
    return {
      published: yes(e.isPublished),
      slug: e.slug,
      title: e.title,
      description: e.description,
      kind: e.kind,
      date: partialDateValue(e.date, e.datePrecision),
      endDate: partialDateValue(e.endDate, e.endDate ? "DAY" : null),
      dateInferred: yes(e.dateInferred),
      place: text(e.place),
      placeCountryCode: text(e.placeCountryCode),
      stance: text(e.stance),
      topic: text(e.topic),
      confidence: e.confidence,
      actors: e.actors.map((a) => ({ actorId: String(a.actorId), role: a.role })),
      agreements: e.agreements.map((a) => String(a.agreementId)),
      pledges: e.pledges.map((p) => String(p.pledgeId)),
      citations: citationValues(e.citations),
    } satisfies Values;
  },

  async write(tx, id, doc) {
    const d = dateColumns(doc.date);
    const columns = {
      slug: doc.slug,
      title: doc.title,
      description: doc.description,
      kind: doc.kind,
      date: d.date!,
      datePrecision: d.precision!,
      endDate: dateColumns(doc.endDate).date,
      dateInferred: doc.dateInferred,
      place: doc.place ?? null,
      placeCountryCode: doc.placeCountryCode ?? null,
      stance: doc.stance ?? null,
      topic: doc.topic ?? null,
      confidence: doc.confidence,
      isPublished: doc.published,
    };
    const eventId = id === null ? (await tx.event.create({ data: columns, select: { id: true } })).id : (await tx.event.update({ where: { id }, data: columns, select: { id: true } })).id;
    await tx.eventActor.deleteMany({ where: { eventId } });
    const actorRows = new Map(doc.actors.map((a) => [`${a.actorId}:${a.role}`, { eventId, actorId: a.actorId, role: a.role }]));
    await tx.eventActor.createMany({ data: [...actorRows.values()] });
    await tx.eventAgreement.deleteMany({ where: { eventId } });
    await tx.eventAgreement.createMany({ data: [...new Set(doc.agreements)].map((agreementId) => ({ eventId, agreementId })) });
    await tx.eventPledge.deleteMany({ where: { eventId } });
    await tx.eventPledge.createMany({ data: [...new Set(doc.pledges)].map((pledgeId) => ({ eventId, pledgeId })) });
    await syncCitations(tx, { eventId }, doc.citations);
    return eventId;
  },

  quotes: (doc) => quotesOf("citations", doc.citations),

  async validate(tx, doc, id) {
    const errors: Record<string, string> = {};
    const other = await tx.event.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { id } }, select: { title: true } });
    if (other) errors.slug = slugTakenMessage(other.title, await freeSlug(doc.slug, async (slug) => (await tx.event.count({ where: { slug } })) > 0));
    Object.assign(
      errors,
      await missingIds(
        (ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }),
        doc.actors.map((a, i) => ({ path: `actors.${i}.actorId`, id: a.actorId })),
        "This actor does not exist (any more). Choose another.",
        "This actor is in the trash. Choose another, or ask an admin to restore it first.",
      ),
      await missingIds((ids) => tx.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }), doc.agreements.map((a) => ({ path: "agreements", id: a })), "An agreement chosen here does not exist.", "An agreement chosen here is in the trash. Remove it from the list, or ask an admin to restore it first."),
      await missingIds((ids) => tx.pledge.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }), doc.pledges.map((p) => ({ path: "pledges", id: p })), "A pledge chosen here does not exist.", "A pledge chosen here is in the trash. Remove it from the list, or ask an admin to restore it first."),
    );
    return errors;
  },
};
