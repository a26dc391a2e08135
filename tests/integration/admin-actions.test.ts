// Every admin write action, called directly: refused without a session and (where an admin is needed)
// for an editor, with nothing written; and for each record type, a stored record saved back unchanged
// is recognised as unchanged (the form round-trips every field), while a real change is audited.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as actorActions from "@/lib/actions/actors";
import * as agreementActions from "@/lib/actions/agreements";
import { removeCitation, saveCitation } from "@/lib/actions/citations";
import * as eventActions from "@/lib/actions/events";
import * as pledgeActions from "@/lib/actions/pledges";
import * as sourceActions from "@/lib/actions/sources";
import { changeRole, createAccount, removeAccount, type UserFormState } from "@/lib/actions/users";
import { entityBySegment, entitySegments, type EntitySegment } from "@/lib/admin/entities";
import type { FormState } from "@/lib/admin/types";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";
import { form, requestState, run, signedOut, signInAs, valuesToForm } from "../helpers/admin";

vi.mock("@/lib/db", async () => (await import("../helpers/admin")).nextMocks.db());
vi.mock("next/headers", async () => (await import("../helpers/admin")).nextMocks.headers());
vi.mock("next/cache", async () => (await import("../helpers/admin")).nextMocks.cache());
vi.mock("next/navigation", async () => (await import("../helpers/admin")).nextMocks.navigation());

const idle: FormState = { status: "idle", values: {}, version: null };
const idleUser: UserFormState = { status: "idle", message: "", values: { email: "", name: "", role: "editor" }, fieldErrors: {} };

const actions = {
  agreements: { save: agreementActions.saveAgreement, trash: agreementActions.trashAgreement, untrash: agreementActions.untrashAgreement, restore: agreementActions.restoreAgreementVersion },
  actors: { save: actorActions.saveActor, trash: actorActions.trashActor, untrash: actorActions.untrashActor, restore: actorActions.restoreActorVersion },
  pledges: { save: pledgeActions.savePledge, trash: pledgeActions.trashPledge, untrash: pledgeActions.untrashPledge, restore: pledgeActions.restorePledgeVersion },
  events: { save: eventActions.saveEvent, trash: eventActions.trashEvent, untrash: eventActions.untrashEvent, restore: eventActions.restoreEventVersion },
  sources: { save: sourceActions.saveSource, trash: sourceActions.trashSource, untrash: sourceActions.untrashSource, restore: sourceActions.restoreSourceVersion },
} satisfies Record<EntitySegment, unknown>;

describe.each(databaseModes)("admin actions on %s", (mode) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    requestState.prisma = db.prisma;
  });
  afterAll(() => db.drop());
  beforeEach(() => signedOut());

  /** Everything an action could touch, to prove a refused call wrote nothing. */
  async function snapshot() {
    const p = db.prisma;
    return JSON.stringify(
      await Promise.all([
        p.agreement.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, deletedAt: true, title: true } }),
        p.actor.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, deletedAt: true, name: true } }),
        p.pledge.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, deletedAt: true } }),
        p.event.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, deletedAt: true } }),
        p.source.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, deletedAt: true } }),
        p.citation.count(),
        p.auditEntry.count(),
        p.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true } }),
      ]),
    );
  }

  async function firstRecord(segment: EntitySegment) {
    const meta = await (db.prisma[entityBySegment[segment].model] as unknown as { findFirstOrThrow(a: object): Promise<{ id: number; version: number }> }).findFirstOrThrow({
      where: { deletedAt: null },
      orderBy: { id: "asc" },
      select: { id: true, version: true },
    });
    const values = (await entityBySegment[segment].load(db.prisma as never, meta.id))!;
    return { ...meta, values };
  }

  it.each(entitySegments)("refuses every %s action without a session and writes nothing", async (segment) => {
    const before = await snapshot();
    const record = await firstRecord(segment);
    const ids = { _id: String(record.id), _version: String(record.version) };
    const a = actions[segment];
    const results = [
      await run(() => a.save(idle, valuesToForm({ ...record.values, slug: `${record.values.slug}-new` }))),
      await run(() => a.save(idle, valuesToForm({ ...record.values, published: "no" }, ids))),
      await run(() => a.trash(null, form(ids))),
      await run(() => a.untrash(null, form(ids))),
      await run(() => a.restore(null, form({ ...ids, _restore: "1" }))),
    ];
    for (const r of results) {
      expect(r).not.toHaveProperty("redirect");
      const result = (r as { result: { status?: string; ok?: boolean; message: string } }).result;
      expect(result.status === "refused" || result.ok === false).toBe(true);
      expect(result.message).toMatch(/not signed in/);
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses the citation and user actions without a session and writes nothing", async () => {
    const before = await snapshot();
    const citation = await db.prisma.citation.findFirstOrThrow({ where: { agreementId: { not: null } } });
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { id: citation.agreementId! } });
    const user = await db.prisma.user.findFirst();
    const results = [
      await run(() => saveCitation(idle, form({ owner: `agreements:${agreement.id}`, sourceId: String(citation.sourceId), quote: citation.quote }))),
      await run(() => saveCitation(idle, form({ _citation: String(citation.id), _version: String(agreement.version), sourceId: String(citation.sourceId), quote: citation.quote, note: "x" }))),
      await run(() => removeCitation(null, form({ _citation: String(citation.id), _version: String(agreement.version) }))),
      await run(() => createAccount(idleUser, form({ email: "new@example.org", password: "long enough password", role: "admin" }))),
      await run(() => changeRole(null, form({ _user: user?.id ?? "x", role: "admin" }))),
      await run(() => removeAccount(null, form({ _user: user?.id ?? "x" }))),
    ];
    for (const r of results) {
      expect(r).not.toHaveProperty("redirect");
      expect(JSON.stringify((r as { result: unknown }).result)).toMatch(/not signed in/);
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses an editor what needs an admin (restore from the trash, accounts) and writes nothing", async () => {
    const admin = await signInAs(db.prisma, "admin");
    const trashedIds: Record<string, number> = {};
    // An admin puts a record of each type in the trash (an editor could too).
    const unused = {
      events: await db.prisma.event.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true } }),
      pledges: await db.prisma.pledge.findFirstOrThrow({ where: { deletedAt: null, events: { none: {} } }, select: { id: true, version: true } }),
    };
    for (const segment of ["events", "pledges"] as const) {
      const r = unused[segment];
      const outcome = await run(() => actions[segment].trash(null, form({ _id: String(r.id), _version: String(r.version) })));
      expect(outcome).toMatchObject({ redirect: expect.stringContaining("trashed=") });
      trashedIds[segment] = r.id;
    }
    const adminUser = await db.prisma.user.findUniqueOrThrow({ where: { email: admin.email } });
    await signInAs(db.prisma, "editor");
    const before = await snapshot();
    const results = [
      await run(() => actions.events.untrash(null, form({ _id: String(trashedIds.events) }))),
      await run(() => actions.pledges.untrash(null, form({ _id: String(trashedIds.pledges) }))),
      await run(() => createAccount(idleUser, form({ email: "sneaky@example.org", password: "long enough password", role: "admin" }))),
      await run(() => changeRole(null, form({ _user: adminUser.id, role: "editor" }))),
      await run(() => removeAccount(null, form({ _user: adminUser.id }))),
    ];
    for (const r of results) {
      expect(r).not.toHaveProperty("redirect");
      expect(JSON.stringify((r as { result: unknown }).result)).toMatch(/admin role/);
    }
    expect(await snapshot()).toBe(before);

    await signInAs(db.prisma, "admin");
    expect(await run(() => actions.events.untrash(null, form({ _id: String(trashedIds.events) })))).toMatchObject({ redirect: expect.stringContaining("saved=restored") });
    expect(await run(() => actions.pledges.untrash(null, form({ _id: String(trashedIds.pledges) })))).toMatchObject({ redirect: expect.stringContaining("saved=restored") });
  });

  it.each(entitySegments)("round-trips stored %s through the form: saving them unchanged writes nothing", async (segment) => {
    await signInAs(db.prisma, "editor");
    const def = entityBySegment[segment];
    const rows = await (db.prisma[def.model] as unknown as { findMany(a: object): Promise<{ id: number; version: number }[]> }).findMany({
      where: { deletedAt: null },
      orderBy: { id: "asc" },
      select: { id: true, version: true },
      take: 6,
    });
    const auditBefore = await db.prisma.auditEntry.count();
    for (const row of rows) {
      const values = (await def.load(db.prisma as never, row.id))!;
      const outcome = await run(() => actions[segment].save(idle, valuesToForm(values, { _id: String(row.id), _version: String(row.version) })));
      expect(outcome, `${segment} #${row.id}: ${JSON.stringify((outcome as { result?: unknown }).result ?? "").slice(0, 400)}`).toMatchObject({ redirect: `/admin/${segment}/${row.id}?saved=unchanged` });
    }
    expect(await db.prisma.auditEntry.count()).toBe(auditBefore);
  });

  it.each(entitySegments)("audits a real change to %s with who, version and the changed field", async (segment) => {
    const { email } = await signInAs(db.prisma, "editor");
    const record = await firstRecord(segment);
    const field = entityBySegment[segment].titleField;
    const changed = `${record.values[field] as string} (edited)`;
    const outcome = await run(() => actions[segment].save(idle, valuesToForm({ ...record.values, [field]: changed }, { _id: String(record.id), _version: String(record.version) })));
    expect(outcome).toMatchObject({ redirect: `/admin/${segment}/${record.id}?saved=updated` });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entity: entityBySegment[segment].entity, recordId: record.id }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ action: "UPDATE", version: record.version + 1, userEmail: email });
    expect(entry.diff).toEqual([{ path: field, before: record.values[field], after: changed }]);
  });

  it("adds, changes and removes a citation through its record, with a clear error for a quote not in the source", async () => {
    await signInAs(db.prisma, "editor");
    const agreement = await db.prisma.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    const existing = await db.prisma.citation.findFirstOrThrow({ where: { agreementId: agreement.id } });
    const source = await db.prisma.source.findUniqueOrThrow({ where: { id: existing.sourceId } });
    const wrong = await run(() => saveCitation(idle, form({ owner: `agreements:${agreement.id}`, sourceId: String(source.id), quote: "A sentence that this article never contained at all." })));
    expect(wrong).toMatchObject({ result: { status: "error", fieldErrors: { quote: expect.stringMatching(/does not occur word for word/) } } });

    const sentence = source.fullText.split(/(?<=\.)\s+/).find((s) => s.length > 40 && !s.includes("\n"))!;
    const added = await run(() => saveCitation(idle, form({ owner: `agreements:${agreement.id}`, sourceId: String(source.id), quote: sentence, field: "status" })));
    expect(added).toMatchObject({ redirect: expect.stringMatching(/^\/admin\/citations\/\d+\?saved=1$/) });
    const id = Number(/citations\/(\d+)/.exec((added as { redirect: string }).redirect)![1]);
    expect(await db.prisma.citation.findUniqueOrThrow({ where: { id } })).toMatchObject({ agreementId: agreement.id, quote: sentence, field: "status" });

    const version = (await db.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).version;
    const changed = await run(() => saveCitation(idle, form({ _citation: String(id), _version: String(version), sourceId: String(source.id), quote: sentence, note: "checked" })));
    expect(changed).toMatchObject({ redirect: `/admin/citations/${id}?saved=1` });
    expect((await db.prisma.citation.findUniqueOrThrow({ where: { id } })).note).toBe("checked");

    const stale = await run(() => removeCitation(null, form({ _citation: String(id), _version: String(version) })));
    expect(stale).toMatchObject({ result: { ok: false, message: expect.stringMatching(/changed this agreement after you opened it/) } });
    const removed = await run(() => removeCitation(null, form({ _citation: String(id), _version: String(version + 1) })));
    expect(removed).toMatchObject({ redirect: `/admin/agreements/${agreement.id}/history` });
    expect(await db.prisma.citation.findUnique({ where: { id } })).toBeNull();
    const actions = (await db.prisma.auditEntry.findMany({ where: { entity: "AGREEMENT", recordId: agreement.id }, orderBy: { version: "asc" } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(["UPDATE", "UPDATE", "UPDATE"]);
  });

  it("refuses to change a source's text while a quote from it would no longer occur in it", async () => {
    await signInAs(db.prisma, "editor");
    const source = await db.prisma.source.findFirstOrThrow({ where: { citations: { some: {} } }, orderBy: { id: "asc" } });
    const values = (await entityBySegment.sources.load(db.prisma as never, source.id))!;
    const outcome = await run(() => actions.sources.save(idle, valuesToForm({ ...values, fullText: "x".repeat(300) }, { _id: String(source.id), _version: String(source.version) })));
    expect(outcome).toMatchObject({ result: { status: "error", fieldErrors: { fullText: expect.stringMatching(/would no longer occur/) } } });
    expect((await db.prisma.source.findUniqueOrThrow({ where: { id: source.id } })).fullText).toBe(source.fullText);
  });

  it("refuses to move to the trash an actor that published records still use", async () => {
    await signInAs(db.prisma, "editor");
    const uk = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "united-kingdom" } });
    const outcome = await run(() => actions.actors.trash(null, form({ _id: String(uk.id), _version: String(uk.version) })));
    expect(outcome).toMatchObject({ result: { ok: false, message: expect.stringMatching(/still used by/) } });
    expect((await db.prisma.actor.findUniqueOrThrow({ where: { id: uk.id } })).deletedAt).toBeNull();
  });

  it("lets an admin make an account, change its role (signing it out) and remove it", async () => {
    await signInAs(db.prisma, "admin");
    const made = await run(() => createAccount(idleUser, form({ email: "New.Editor@example.org", name: "New", password: "long enough password", role: "editor" })));
    expect(made).toMatchObject({ result: { status: "created" } });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "new.editor@example.org" } });
    expect(user.role).toBe("editor");
    const weak = await run(() => createAccount(idleUser, form({ email: "weak@example.org", password: "short", role: "editor" })));
    expect(weak).toMatchObject({ result: { status: "error", fieldErrors: { password: expect.any(String) }, values: { email: "weak@example.org" } } });
    expect(await run(() => changeRole(null, form({ _user: user.id, role: "admin" })))).toMatchObject({ result: { ok: true } });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("admin");
    expect(await run(() => removeAccount(null, form({ _user: user.id })))).toMatchObject({ result: { ok: true } });
    expect(await db.prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
  });
});
