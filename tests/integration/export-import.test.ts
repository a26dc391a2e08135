// Bulk export and import against real databases: export.json validates against the documented schema,
// export → import into an empty database → export gives the same dataset, an invalid file is refused
// with the record and field named and nothing written, and each CSV has exactly its documented columns.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvHandler, exportJsonHandler } from "@/lib/api/exports";
import { csvColumns, csvEntities, type CsvEntity } from "@/lib/export/columns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportDocumentSchema, type ExportDocument } from "@/lib/schemas/export";
import { SeedError } from "@/lib/seed/dataset";
import { importDataset } from "@/lib/seed/import";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";


async function exportOf(prisma: PrismaClient, headers: Record<string, string> = {}) {
  const response = await exportJsonHandler(() => prisma)(new Request("http://test/api/v1/export.json", { headers }));
  return response;
}
async function exportDocument(prisma: PrismaClient): Promise<ExportDocument> {
  const response = await exportOf(prisma);
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as ExportDocument;
}
async function csvOf(prisma: PrismaClient, entity: CsvEntity) {
  const response = await csvHandler(() => prisma, entity)(new Request(`http://test/api/v1/${entity}.csv`));
  expect(response.status).toBe(200);
  const text = await response.text();
  return { response, text, rows: parse(text, { relax_column_count: false }) as string[][] };
}
async function tableCounts(prisma: PrismaClient) {
  const counts = await Promise.all([
    prisma.source.count(),
    prisma.actor.count(),
    prisma.actorLink.count(),
    prisma.agreement.count(),
    prisma.pledge.count(),
    prisma.event.count(),
    prisma.citation.count(),
  ]);
  return counts;
}
const withoutTimestamp = ({ generatedAt: _g, ...rest }: ExportDocument) => rest;

describe.each(databaseModes)("bulk export and import on %s", (mode) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let exported: ExportDocument;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(mode), createTestDatabase(mode)]);
    await seedDatabase(source.prisma, dataset);
    exported = await exportDocument(source.prisma);
  });
  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
  });

  it("exports the whole public dataset with citations, a schemaVersion and generatedAt, exactly as documented", async () => {
    expect(exported.schemaVersion).toBe(1);
    expect(Date.now() - Date.parse(exported.generatedAt)).toBeLessThan(60_000);
    expect(exported.sources).toHaveLength(dataset.sources.length);
    expect(exported.actors).toHaveLength(dataset.actors.length);
    expect(exported.actorLinks).toHaveLength(dataset.actorLinks.length);
    expect(exported.agreements).toHaveLength(dataset.agreements.length);
    expect(exported.pledges).toHaveLength(dataset.pledges.length);
    expect(exported.events).toHaveLength(dataset.events.length);
    expect(exported.agreements[0]!.citations[0]).toMatchObject({ source: expect.any(String), quote: expect.any(String) });
    // Parsing with the documented schema keeps everything: no undocumented key, no missing default.
    expect(exportDocumentSchema.parse(exported)).toEqual(exported);
    expect(JSON.stringify(exported)).not.toContain("fullText");
  });

  it("refuses an invalid file, naming the record and the field, and writes nothing", async () => {
    const bad = structuredClone(exported);
    const deal = bad.agreements[2]!;
    (deal as { status: string }).status = "MAYBE";
    const error = await importDataset(target.prisma, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain(`agreements "${deal.slug}", field status`);

    const badRef = structuredClone(exported);
    badRef.pledges.at(-1)!.donor = "no-such-donor";
    const refError = await importDataset(target.prisma, badRef).catch((e: unknown) => e);
    expect((refError as Error).message).toContain(`pledges "${badRef.pledges.at(-1)!.slug}", field donor: No actor has the slug "no-such-donor"`);

    const wrongVersion = { ...structuredClone(exported), schemaVersion: 99 };
    expect(((await importDataset(target.prisma, wrongVersion).catch((e: unknown) => e)) as Error).message).toMatch(/field schemaVersion/);

    expect((await tableCounts(target.prisma)).every((n) => n === 0)).toBe(true);
  });

  it("rolls back everything when the database refuses a record part-way through", async () => {
    const bad = structuredClone(exported);
    const event = bad.events.at(-1)!;
    event.actors = [{ actor: bad.actors[0]!.slug, role: "SUBJECT" }, { actor: bad.actors[0]!.slug, role: "SUBJECT" }];
    const error = await importDataset(target.prisma, bad).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`events "${event.slug}"`);
    expect((await tableCounts(target.prisma)).every((n) => n === 0)).toBe(true);
  });

  it("round-trips: export → import into an empty database → export gives the same dataset", async () => {
    const lines: string[] = [];
    const summary = await importDataset(target.prisma, structuredClone(exported), { log: (l) => lines.push(l) });
    expect(summary.entities.agreements.created).toBe(exported.agreements.length);
    expect(lines.some((l) => l.includes(`agreements  ${exported.agreements.length}/${exported.agreements.length}`))).toBe(true);
    const again = await exportDocument(target.prisma);
    expect(withoutTimestamp(again)).toEqual(withoutTimestamp(exported));
  });

  it("upserts on import and removes nothing that is not in the file", async () => {
    const partial = structuredClone(exported);
    const kept = partial.events.pop()!;
    partial.agreements[0]!.title = "A retitled agreement from an import";
    const summary = await importDataset(target.prisma, partial);
    expect(summary.entities.agreements).toMatchObject({ created: 0, updated: exported.agreements.length, deleted: 0 });
    expect(await target.prisma.event.findUnique({ where: { slug: kept.slug }, select: { slug: true } })).not.toBeNull();
    expect((await target.prisma.agreement.findUnique({ where: { slug: partial.agreements[0]!.slug } }))?.title).toBe("A retitled agreement from an import");
    await importDataset(target.prisma, structuredClone(exported)); // restore
  });

  it.each(csvEntities)("%s.csv has exactly the documented columns and one row per record", async (entity) => {
    const { response, rows } = await csvOf(source.prisma, entity);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const [header, ...records] = rows;
    expect(header).toEqual(csvColumns[entity].map((c) => c.name));
    const expected = entity === "citations" ? await source.prisma.citation.count() : exported[entity].length;
    expect(records).toHaveLength(expected);
    if (entity !== "citations") expect(records.map((r) => r[0])).toEqual(exported[entity].map((r) => r.slug));
  });

  it("writes CSV cells that survive a CSV parser: quotes, commas and line breaks included", async () => {
    const { rows } = await csvOf(source.prisma, "citations");
    const quotes = new Set(rows.slice(1).map((r) => r[5]));
    const all = [...exported.agreements.flatMap((a) => a.citations), ...exported.events.flatMap((e) => e.citations)].map((c) => c.quote);
    for (const quote of all) expect(quotes.has(quote)).toBe(true);
    const { rows: agreements } = await csvOf(source.prisma, "agreements");
    const deal = exported.agreements[0]!;
    const row = agreements.find((r) => r[0] === deal.slug)!;
    expect(row[2]).toBe(deal.summary);
    expect(row[13]).toBe(deal.parties.map((p) => `${p.actor}:${p.role}`).join(";"));
  });

  it("gives the streamed exports a weak ETag that answers 304 and changes with the data", async () => {
    const first = await exportOf(source.prisma);
    const etag = first.headers.get("etag")!;
    await first.body?.cancel();
    expect(etag).toMatch(/^W\/"export-v1-[\w-]+"$/);
    const notModified = await exportOf(source.prisma, { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    await source.prisma.event.update({ where: { slug: dataset.events[0]!.slug }, data: { title: "A retitled event for the ETag" } });
    const changed = await exportOf(source.prisma, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await changed.body?.cancel();
  });

  it("reads in batches: many records come out once each, in order", async () => {
    const extra = Array.from({ length: 230 }, (_, i) => ({ slug: `bulk-actor-${String(i).padStart(3, "0")}`, name: `Bulk actor ${i}`, kind: "COMPANY" as const }));
    await target.prisma.actor.createMany({ data: extra });
    const { rows } = await csvOf(target.prisma, "actors");
    const slugs = rows.slice(1).map((r) => r[0]);
    expect(slugs).toHaveLength(dataset.actors.length + extra.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.slice(-extra.length)).toEqual(extra.map((a) => a.slug));
  });

  it("rejects query parameters on the exports with a 400", async () => {
    const response = await exportJsonHandler(() => source.prisma)(new Request("http://test/api/v1/export.json?limit=5"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("limit");
  });
});

describe("npm run data:import", () => {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const run = (file: string) =>
    spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/data-import.ts", file], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: "memory://" },
      timeout: 120_000,
    });
  let dir: string;
  let exported: ExportDocument;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tracker-import-"));
    const db = await createTestDatabase("pglite");
    await seedDatabase(db.prisma, dataset);
    exported = await exportDocument(db.prisma);
    await db.drop();
  });

  it("imports a valid export with progress output", () => {
    const file = path.join(dir, "export.json");
    writeFileSync(file, JSON.stringify(exported));
    const result = run(file);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`events      ${exported.events.length}/${exported.events.length}`);
    expect(result.stdout).toMatch(/Done in [\d.]+ s: \d+ records written/);
  });

  it("refuses an invalid file with the record and field named, exit code 1", () => {
    const bad = structuredClone(exported);
    bad.events[1]!.citations[0]!.quote = "A sentence that the article never contained.";
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Import refused, nothing was written");
    expect(result.stderr).toContain(`events "${bad.events[1]!.slug}", field citations[0].quote`);
  });

  it("explains how to call it without a file, and refuses a file that is not JSON", () => {
    const usage = run("");
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain("Usage: npm run data:import -- <file.json>");
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const broken = run(file);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("is not valid JSON");
  });
});
