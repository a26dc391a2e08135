// The admin side of the visibility rule: a link to a record in the trash is refused (it would be hidden
// from the public anyway, so saving it would silently lose it), and trashing or unpublishing a record
// that others point to says which records those are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import { createUser } from "@/lib/auth/users";
import { agreementDef } from "@/lib/admin/entities/agreement";
import { actorDef } from "@/lib/admin/entities/actor";
import { eventDef } from "@/lib/admin/entities/event";
import { pledgeDef } from "@/lib/admin/entities/pledge";
import { recordMeta, saveRecord, trashRecord } from "@/lib/admin/records";
import type { Values } from "@/lib/admin/values";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("links to hidden records in the admin on %s", (mode) => {
  let db: TestDatabase;
  let user: { id: string; email: string };
  let trashed: { actor: number; source: number; agreement: number; pledge: number };

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    const made = await createUser(createAuth(db.prisma), {
      email: "links-editor@example.org",
      password: "a long test password",
      role: "editor",
    });
    if (!made.created) throw new Error(made.message);
    user = { id: made.id, email: "links-editor@example.org" };
    const when = new Date();
    const actor = await db.prisma.actor.create({ data: { slug: "binned-actor", name: "Binned Actor", kind: "COMPANY", deletedAt: when } });
    const source = await db.prisma.source.create({
      data: {
        slug: "binned-source",
        title: "Binned Source",
        language: "en",
        fullText: "Only a binned source says this sentence here.",
        contentSha256: "0".repeat(64),
        deletedAt: when,
      },
    });
    const agreement = await db.prisma.agreement.create({
      data: {
        slug: "binned-deal",
        title: "Binned Deal",
        summary: "In the trash.",
        type: "TRAINING",
        status: "IN_TALKS",
        confidence: "REPORTED",
        deletedAt: when,
      },
    });
    const donor = await db.prisma.actor.findFirstOrThrow({ where: { slug: "united-kingdom" } });
    const pledge = await db.prisma.pledge.create({
      data: {
        slug: "binned-pledge",
        title: "Binned Pledge",
        donorId: donor.id,
        kind: "EQUIPMENT",
        item: "Binned",
        status: "PLEDGED",
        confidence: "REPORTED",
        deletedAt: when,
      },
    });
    trashed = { actor: actor.id, source: source.id, agreement: agreement.id, pledge: pledge.id };
  });
  afterAll(() => db.drop());

  async function edit<D extends { slug: string; published: boolean }>(
    def: Parameters<typeof saveRecord<D>>[1],
    slug: string,
    change: (v: Values) => void,
  ) {
    const row = await (
      db.prisma[def.model] as unknown as { findUniqueOrThrow(a: object): Promise<{ id: number; version: number }> }
    ).findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    const values = (await def.load(db.prisma, row.id))!;
    change(values);
    return saveRecord(db.prisma, def, user, { id: row.id, version: row.version, values });
  }
  const rows = (v: Values, key: string) => v[key] as Values[];

  it("refuses a trashed actor as a party, a trashed source for a quote, a trashed deal or pledge as a link, and saves nothing", async () => {
    const deal = await db.prisma.agreement.findFirstOrThrow({
      where: { deletedAt: null, isPublished: true },
      orderBy: { id: "asc" },
      select: { slug: true, version: true },
    });
    const party = await edit(agreementDef, deal.slug, (v) => {
      rows(v, "parties")[0]!.actorId = String(trashed.actor);
    });
    expect(party).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { "parties.0.actorId": expect.stringMatching(/in the trash/) },
    });
    const quote = await edit(agreementDef, deal.slug, (v) => {
      rows(v, "citations")[0]!.sourceId = String(trashed.source);
      rows(v, "citations")[0]!.quote = "Only a binned source says this sentence here.";
    });
    expect(quote).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { "citations.0.sourceId": expect.stringMatching(/in the trash/) },
    });

    const pledge = await db.prisma.pledge.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" }, select: { slug: true } });
    const pledgeLink = await edit(pledgeDef, pledge.slug, (v) => {
      v.agreementId = String(trashed.agreement);
    });
    expect(pledgeLink).toMatchObject({ ok: false, fieldErrors: { agreementId: expect.stringMatching(/in the trash/) } });

    const event = await db.prisma.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" }, select: { slug: true } });
    const eventLinks = await edit(eventDef, event.slug, (v) => {
      v.agreements = [String(trashed.agreement)];
      v.pledges = [String(trashed.pledge)];
    });
    expect(eventLinks).toMatchObject({
      ok: false,
      fieldErrors: { agreements: expect.stringMatching(/in the trash/), pledges: expect.stringMatching(/in the trash/) },
    });

    let index = -1;
    const link = await edit(actorDef, "united-kingdom", (v) => {
      const links = v.links as Values[];
      index = links.length;
      links.push({ toId: String(trashed.actor), type: "OWNS", sharePercent: "", role: "", note: "", citations: [] });
    });
    expect(link).toMatchObject({ ok: false, fieldErrors: { [`links.${index}.toId`]: expect.stringMatching(/in the trash/) } });

    expect((await db.prisma.agreement.findUniqueOrThrow({ where: { slug: deal.slug } })).version).toBe(deal.version);
  });

  it("trashing a record that published records point to is refused, naming them; unpublishing lists them as dependants", async () => {
    const ukraine = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "ukraine" }, select: { id: true, version: true } });
    const refused = await trashRecord(db.prisma, actorDef, user, ukraine.id, ukraine.version);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not moved to the trash: it is still used by agreement "/),
    });
    expect((await recordMeta(db.prisma, "actor", ukraine.id))!.deletedAt).toBeNull();

    const unpublished = await edit(actorDef, "ukraine", (v) => {
      v.published = "no";
    });
    expect(unpublished).toMatchObject({ ok: true, changed: true });
    const dependants = await actorDef.dependants!(db.prisma, ukraine.id);
    expect(dependants.length).toBeGreaterThan(0);
    expect(dependants.some((d) => d.startsWith('agreement "'))).toBe(true);
  });
});
