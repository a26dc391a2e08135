// The agreement actions end to end against a real database: authorisation (nothing written without a
// session, or by an editor where an admin is needed), validation with verbatim quotes, optimistic
// concurrency, the audit log, history restore, trash and restore, and former slugs.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { restoreAgreementVersion, saveAgreement, trashAgreement, untrashAgreement } from "@/lib/actions/agreements";
import type { FormState } from "@/lib/admin/types";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";
import { form, requestState, run, signedOut, signInAs } from "../helpers/admin";

vi.mock("@/lib/db", async () => (await import("../helpers/admin")).nextMocks.db());
vi.mock("next/headers", async () => (await import("../helpers/admin")).nextMocks.headers());
vi.mock("next/cache", async () => (await import("../helpers/admin")).nextMocks.cache());
vi.mock("next/navigation", async () => (await import("../helpers/admin")).nextMocks.navigation());

const idle: FormState = { status: "idle", values: {}, version: null };

describe.each(databaseModes)("agreement actions on %s", (mode) => {
  let db: TestDatabase;
  let ids: { uk: number; ua: number; source: number; quote: string };

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    requestState.prisma = db.prisma;
    const uk = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "united-kingdom" } });
    const ua = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "ukraine" } });
    const citation = await db.prisma.citation.findFirstOrThrow({ where: { agreementId: { not: null } }, orderBy: { id: "asc" } });
    ids = { uk: uk.id, ua: ua.id, source: citation.sourceId, quote: citation.quote };
  });
  afterAll(() => db.drop());
  beforeEach(() => signedOut());

  function agreementForm(overrides: Record<string, string | string[]> = {}) {
    return form({
      published: "yes",
      slug: "test-licensed-production",
      title: "Test licensed production deal",
      summary: "A test agreement made by the integration tests, with two parties.",
      type: "LICENSED_PRODUCTION",
      confidence: "REPORTED",
      categories: ["ARTILLERY"],
      workCountryCodes: "UA",
      "value.disclosure": "UNDISCLOSED",
      startDate: "2023-02",
      "parties.0.actorId": String(ids.uk),
      "parties.0.role": "LICENSOR",
      "parties.1.actorId": String(ids.ua),
      "parties.1.role": "LICENSEE",
      "statusHistory.0.status": "IN_TALKS",
      "statusHistory.0.date": "2023-02-11",
      "statusHistory.0.dateInferred": ["no"],
      "citations.0.sourceId": String(ids.source),
      "citations.0.quote": ids.quote,
      ...overrides,
    });
  }

  const counts = async () => ({
    agreements: await db.prisma.agreement.count(),
    audit: await db.prisma.auditEntry.count(),
    citations: await db.prisma.citation.count(),
  });

  it("refuses every agreement action without a session and writes nothing", async () => {
    const before = await counts();
    const target = await db.prisma.agreement.findFirstOrThrow({ where: { deletedAt: null } });
    const saved = await run(() => saveAgreement(idle, agreementForm()));
    expect(saved).toMatchObject({ result: { status: "refused", message: expect.stringMatching(/not signed in/) } });
    // The refused form still holds what was typed.
    expect("result" in saved && saved.result.values.title).toBe("Test licensed production deal");
    const update = await run(() => saveAgreement(idle, agreementForm({ _id: String(target.id), _version: String(target.version) })));
    expect(update).toMatchObject({ result: { status: "refused" } });
    const trashed = await run(() => trashAgreement(null, form({ _id: String(target.id), _version: String(target.version) })));
    expect(trashed).toMatchObject({ result: { ok: false, message: expect.stringMatching(/not signed in/) } });
    const restored = await run(() => restoreAgreementVersion(null, form({ _id: String(target.id), _version: String(target.version), _restore: "1" })));
    expect(restored).toMatchObject({ result: { ok: false } });
    const untrashed = await run(() => untrashAgreement(null, form({ _id: String(target.id) })));
    expect(untrashed).toMatchObject({ result: { ok: false } });
    expect(await counts()).toEqual(before);
    expect(await db.prisma.agreement.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
  });

  it("lets an editor create an agreement with parties, a status entry and a citation, audited as CREATE", async () => {
    const { email } = await signInAs(db.prisma, "editor");
    const outcome = await run(() => saveAgreement(idle, agreementForm()));
    expect(outcome).toMatchObject({ redirect: expect.stringMatching(/^\/admin\/agreements\/\d+\?saved=created$/) });
    const created = await db.prisma.agreement.findUniqueOrThrow({
      where: { slug: "test-licensed-production" },
      include: { parties: true, statusHistory: true, citations: true },
    });
    expect(created).toMatchObject({ status: "IN_TALKS", version: 1, isPublished: true, startDatePrecision: "MONTH", categories: ["ARTILLERY"] });
    expect(created.parties.map((p) => p.role).sort()).toEqual(["LICENSEE", "LICENSOR"]);
    expect(created.citations[0]!.quote).toBe(ids.quote);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "AGREEMENT", recordId: created.id } });
    expect(entry).toMatchObject({ action: "CREATE", version: 1, userEmail: email, before: null });
    expect(entry.diff).toEqual(expect.arrayContaining([{ path: "title", before: "", after: "Test licensed production deal" }]));
  });

  it("refuses a quote that does not occur in the source, says where it departs, and keeps the input", async () => {
    await signInAs(db.prisma, "editor");
    const before = await counts();
    const quote = `${ids.quote.slice(0, 40)} and some words the article never said`;
    const outcome = await run(() => saveAgreement(idle, agreementForm({ slug: "another-test-deal", "citations.0.quote": quote })));
    expect(outcome).toMatchObject({ result: { status: "error" } });
    const state = (outcome as { result: Extract<FormState, { status: "error" }> }).result;
    expect(state.fieldErrors["citations.0.quote"]).toMatch(/does not occur word for word/);
    expect(state.fieldErrors["citations.0.quote"]).toMatch(/matches up to/);
    expect((state.values.citations as { quote: string }[])[0]!.quote).toBe(quote);
    expect(await counts()).toEqual(before);
  });

  it("shows field errors from the shared schema and writes nothing", async () => {
    await signInAs(db.prisma, "editor");
    const before = await counts();
    const outcome = await run(() => saveAgreement(idle, agreementForm({ slug: "Bad Slug!", title: "Hi", "parties.1.actorId": "", "statusHistory.0.date": "2023-02-30" })));
    const state = (outcome as { result: Extract<FormState, { status: "error" }> }).result;
    expect(Object.keys(state.fieldErrors)).toEqual(expect.arrayContaining(["slug", "title", "parties.1.actorId", "statusHistory.0.date"]));
    expect(state.values.title).toBe("Hi");
    expect(await counts()).toEqual(before);
  });

  it("refuses a slug another agreement uses", async () => {
    await signInAs(db.prisma, "editor");
    const outcome = await run(() => saveAgreement(idle, agreementForm({ slug: "uk-ukraine-licensed-production-talks" })));
    expect(outcome).toMatchObject({ result: { status: "error", fieldErrors: { slug: expect.stringMatching(/already used by .* e\.g\. uk-ukraine-licensed-production-talks-2\./) } } });
  });

  it("turns a stale save into a conflict that names who changed what, and loses neither edit", async () => {
    const first = await signInAs(db.prisma, "editor");
    const record = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "test-licensed-production" } });
    const mine = await run(() => saveAgreement(idle, agreementForm({ _id: String(record.id), _version: String(record.version), title: "Title from the first editor" })));
    expect(mine).toMatchObject({ redirect: expect.stringContaining("saved=updated") });

    await signInAs(db.prisma, "editor");
    const stale = await run(() => saveAgreement(idle, agreementForm({ _id: String(record.id), _version: String(record.version), summary: "The second editor rewrote the summary of this agreement." })));
    expect(stale).toMatchObject({ result: { status: "conflict" } });
    const state = (stale as { result: Extract<FormState, { status: "conflict" }> }).result;
    expect(state.message).toContain(first.email);
    expect(state.conflict.currentVersion).toBe(record.version + 1);
    expect(state.conflict.changes[0]).toMatchObject({ userEmail: first.email, diff: [{ path: "title", after: "Title from the first editor" }] });
    expect(state.conflict.differences.map((d) => d.path)).toEqual(expect.arrayContaining(["title", "summary"]));
    expect(state.version).toBe(record.version + 1);
    expect(state.values.summary).toBe("The second editor rewrote the summary of this agreement.");
    const now = await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } });
    expect(now.title).toBe("Title from the first editor");
    expect(now.summary).toBe(record.summary);

    // Merged and saved again on the current version: both edits kept.
    const merged = await run(() =>
      saveAgreement(idle, agreementForm({ _id: String(record.id), _version: String(state.version), title: "Title from the first editor", summary: "The second editor rewrote the summary of this agreement." })),
    );
    expect(merged).toMatchObject({ redirect: expect.stringContaining("saved=updated") });
    expect(await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      title: "Title from the first editor",
      summary: "The second editor rewrote the summary of this agreement.",
      version: record.version + 2,
    });
  });

  it("keeps a party's citations when the agreement is edited, and records the old slug for redirects", async () => {
    await signInAs(db.prisma, "editor");
    const record = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "test-licensed-production" }, include: { parties: { orderBy: { id: "asc" } } } });
    const party = record.parties[0]!;
    await db.prisma.citation.create({ data: { partyId: party.id, sourceId: ids.source, quote: ids.quote } });
    const values = await import("@/lib/admin/entities/agreement").then((m) => m.agreementDef.load(db.prisma as never, record.id));
    const fields: Record<string, string | string[]> = {
      _id: String(record.id),
      _version: String(record.version),
      slug: "test-licensed-production-renamed",
      "parties.0.id": String(party.id),
      "parties.0.citations.0.id": String((await db.prisma.citation.findFirstOrThrow({ where: { partyId: party.id } })).id),
      "parties.0.citations.0.sourceId": String(ids.source),
      "parties.0.citations.0.quote": ids.quote,
      "parties.1.id": String(record.parties[1]!.id),
      title: values!.title as string,
      summary: values!.summary as string,
    };
    const outcome = await run(() => saveAgreement(idle, agreementForm(fields)));
    expect(outcome).toMatchObject({ redirect: expect.stringContaining("saved=updated") });
    expect(await db.prisma.citation.count({ where: { partyId: party.id } })).toBe(1);
    expect(await db.prisma.agreementSlug.findUnique({ where: { slug: "test-licensed-production" } })).toMatchObject({ agreementId: record.id });
  });

  it("moves to the trash (editor), refuses restore from the trash to an editor, restores for an admin — all audited", async () => {
    await signInAs(db.prisma, "editor");
    const record = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "test-licensed-production-renamed" } });
    const trashed = await run(() => trashAgreement(null, form({ _id: String(record.id), _version: String(record.version) })));
    expect(trashed).toMatchObject({ redirect: expect.stringContaining("trashed=") });
    const inTrash = await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } });
    expect(inTrash.deletedAt).not.toBeNull();

    const auditBefore = await db.prisma.auditEntry.count();
    const refused = await run(() => untrashAgreement(null, form({ _id: String(record.id) })));
    expect(refused).toMatchObject({ result: { ok: false, message: expect.stringMatching(/admin role/) } });
    expect((await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } })).deletedAt).not.toBeNull();
    expect(await db.prisma.auditEntry.count()).toBe(auditBefore);

    await signInAs(db.prisma, "admin");
    const restored = await run(() => untrashAgreement(null, form({ _id: String(record.id) })));
    expect(restored).toMatchObject({ redirect: `/admin/agreements/${record.id}?saved=restored` });
    expect((await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } })).deletedAt).toBeNull();
    const actions = (await db.prisma.auditEntry.findMany({ where: { entity: "AGREEMENT", recordId: record.id }, orderBy: { version: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE", "DELETE", "RESTORE"]);
  });

  it("restores an earlier version as a new version, audited as RESTORE", async () => {
    await signInAs(db.prisma, "editor");
    const record = await db.prisma.agreement.findUniqueOrThrow({ where: { slug: "test-licensed-production-renamed" } });
    const outcome = await run(() => restoreAgreementVersion(null, form({ _id: String(record.id), _version: String(record.version), _restore: "1" })));
    expect(outcome).toMatchObject({ result: { ok: true, message: expect.stringContaining("Version 1 restored") } });
    const now = await db.prisma.agreement.findUniqueOrThrow({ where: { id: record.id } });
    expect(now).toMatchObject({ title: "Test licensed production deal", slug: "test-licensed-production", version: record.version + 1 });
    const last = await db.prisma.auditEntry.findFirstOrThrow({ where: { entity: "AGREEMENT", recordId: record.id }, orderBy: { version: "desc" } });
    expect(last).toMatchObject({ action: "RESTORE", note: "Restored version 1" });
    // Taking the slug back removes it from the redirects; the renamed slug now redirects.
    expect(await db.prisma.agreementSlug.findUnique({ where: { slug: "test-licensed-production" } })).toBeNull();
    expect(await db.prisma.agreementSlug.findUnique({ where: { slug: "test-licensed-production-renamed" } })).toMatchObject({ agreementId: record.id });
  });
});
