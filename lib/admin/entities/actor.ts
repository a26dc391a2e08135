// Actors in the admin: aliases (one per line, found by the actor pickers' search), and the links this
// actor has to others (ownership with a share, membership, office…), each with its citations.
import { z } from "zod";
import { ActorLinkType } from "@/lib/generated/prisma/enums";
import { actorLinkSchema, actorSchema } from "@/lib/schemas/actor";
import { citationRows, lineList, needsCitationWhenPublished, publishedField, ref, rowId, rows } from "@/lib/schemas/form";
import type { EntityDef } from "../records";
import type { Values } from "../values";
import { citationSelect, citationValues, decimal, missingIds, quotesOf, freeSlug, slugTakenMessage, syncCitations, syncRows, text, yes } from "./shared";

// actorLinkSchema carries refinements, so its fields are taken from its shape and its rules restated.
const linkRow = z
  .object(actorLinkSchema.shape)
  .omit({ from: true, to: true })
  .extend({ id: rowId, toId: ref("Choose the actor this one is linked to."), citations: citationRows })
  .refine((l) => l.sharePercent === undefined || l.type === ActorLinkType.OWNS, { path: ["sharePercent"], message: "Only an OWNS link has a share." });

export const actorFormSchema = actorSchema
  .extend({ published: publishedField, aliases: lineList, links: rows(linkRow), citations: citationRows })
  .superRefine(needsCitationWhenPublished)
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.links.forEach((l, i) => {
      const key = `${l.toId}:${l.type}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["links", i, "type"], message: "This link is listed twice." });
      seen.add(key);
    });
  });
export type ActorDoc = z.output<typeof actorFormSchema>;

export const actorDef: EntityDef<ActorDoc> = {
  entity: "ACTOR",
  model: "actor",
  segment: "actors",
  noun: "actor",
  titleField: "name",
  schema: actorFormSchema,
  labels: { countryCode: "Country", toId: "Linked actor", sharePercent: "Share (%)", sourceId: "Source" },
  publicPath: (slug) => `/actors/${slug}`,

  async load(tx, id) {
    const a = await tx.actor.findUnique({
      where: { id },
      include: {
        linksFrom: { orderBy: { id: "asc" }, include: { citations: { select: citationSelect, orderBy: { id: "asc" } } } },
        citations: { select: citationSelect, orderBy: { id: "asc" } },
      },
    });
    if (!a) return null;
    return {
      published: yes(a.isPublished),
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      countryCode: text(a.countryCode),
      aliases: a.aliases.join("\n"),
      description: text(a.description),
      title: text(a.title),
      links: a.linksFrom.map((l) => ({
        id: String(l.id),
        toId: String(l.toId),
        type: l.type,
        sharePercent: decimal(l.sharePercent),
        role: text(l.role),
        note: text(l.note),
        citations: citationValues(l.citations),
      })),
      citations: citationValues(a.citations),
    } satisfies Values;
  },

  async write(tx, id, doc) {
    const columns = {
      slug: doc.slug,
      name: doc.name,
      kind: doc.kind,
      countryCode: doc.countryCode ?? null,
      aliases: doc.aliases,
      description: doc.description ?? null,
      title: doc.title ?? null,
      isPublished: doc.published,
    };
    const actorId = id === null ? (await tx.actor.create({ data: columns, select: { id: true } })).id : (await tx.actor.update({ where: { id }, data: columns, select: { id: true } })).id;
    const links = await tx.actorLink.findMany({ where: { fromId: actorId }, select: { id: true } });
    await syncRows(links.map((l) => l.id), doc.links, {
      remove: (ids) => tx.actorLink.deleteMany({ where: { id: { in: ids } } }),
      update: (lid, l) => tx.actorLink.update({ where: { id: lid }, data: { toId: l.toId, type: l.type, sharePercent: l.sharePercent ?? null, role: l.role ?? null, note: l.note ?? null } }),
      create: async (l) =>
        (await tx.actorLink.create({ data: { fromId: actorId, toId: l.toId, type: l.type, sharePercent: l.sharePercent ?? null, role: l.role ?? null, note: l.note ?? null }, select: { id: true } })).id,
      children: (lid, l) => syncCitations(tx, { actorLinkId: lid }, l.citations),
    });
    await syncCitations(tx, { actorId }, doc.citations);
    return actorId;
  },

  quotes: (doc) => [...quotesOf("citations", doc.citations), ...doc.links.flatMap((l, i) => quotesOf(`links.${i}.citations`, l.citations))],

  async validate(tx, doc, id) {
    const errors: Record<string, string> = {};
    const other = await tx.actor.findFirst({ where: { slug: doc.slug, NOT: id === null ? undefined : { id } }, select: { name: true } });
    if (other) errors.slug = slugTakenMessage(other.name, await freeSlug(doc.slug, async (slug) => (await tx.actor.count({ where: { slug } })) > 0));
    doc.links.forEach((l, i) => {
      if (id !== null && l.toId === id) errors[`links.${i}.toId`] = "An actor cannot be linked to itself.";
    });
    Object.assign(
      errors,
      await missingIds(
        (ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, deletedAt: true } }),
        doc.links.map((l, i) => ({ path: `links.${i}.toId`, id: l.toId })),
        "This actor does not exist (any more). Choose another.",
        "This actor is in the trash. Choose another, or ask an admin to restore it first.",
      ),
    );
    return errors;
  },

  async dependants(tx, id) {
    const live = { deletedAt: null };
    const [agreements, pledges, recipients, events, links] = await Promise.all([
      tx.agreement.findMany({ where: { ...live, parties: { some: { actorId: id } } }, select: { title: true } }),
      tx.pledge.findMany({ where: { ...live, donorId: id }, select: { title: true } }),
      tx.pledge.findMany({ where: { ...live, recipients: { some: { actorId: id } } }, select: { title: true } }),
      tx.event.findMany({ where: { ...live, actors: { some: { actorId: id } } }, select: { title: true } }),
      tx.actorLink.findMany({ where: { toId: id, from: live }, select: { from: { select: { name: true } } } }),
    ]);
    return [
      ...agreements.map((a) => `agreement "${a.title}"`),
      ...[...pledges, ...recipients].map((p) => `pledge "${p.title}"`),
      ...events.map((e) => `event "${e.title}"`),
      ...links.map((l) => `a link from "${l.from.name}"`),
    ];
  },
};
