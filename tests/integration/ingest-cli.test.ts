// The article assistant's command line against real databases: it matches against the actors the
// database holds (not only the seed's), prints one JSON document on stdout with verbatim quotes, falls
// back to the seed dataset (saying so on stderr) when no database can be read, and refuses bad input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { knownFromDatabase } from "@/lib/ingest/known";
import type { Proposals } from "@/lib/ingest/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const root = path.resolve(import.meta.dirname, "..", "..");
const article = path.join(root, "tests", "fixtures", "articles", "01-wire-joint-venture.txt");
const text = readFileSync(article, "utf8");

function ingest(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "ingest.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: path.join(tmpdir(), "no-such-ingest-db"), ...env },
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Seeds the database and adds an actor only the database knows, under an alias the article uses. */
async function prepare(prisma: PrismaClient) {
  await seedDatabase(prisma, dataset);
  await prisma.actor.create({ data: { slug: "rheinmetall-ag", name: "Rheinmetall AG", kind: "COMPANY", countryCode: "DE", aliases: ["Rheinmetall"] } });
}

function expectVerbatim(p: Proposals) {
  const citations = [
    ...p.actors.flatMap((a) => a.citations),
    ...p.agreements.flatMap((a) => [...a.citations, ...a.parties.flatMap((x) => x.citations), ...a.statusHistory.flatMap((s) => s.citations)]),
    ...p.pledges.flatMap((x) => x.citations),
    ...p.events.flatMap((e) => e.citations),
  ];
  expect(citations.length).toBeGreaterThan(5);
  for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
}

describe.each(databaseModes)("ingest command line on %s", (mode) => {
  let db: TestDatabase | undefined;
  let pgliteDir: string | undefined;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    if (mode === "pglite") {
      pgliteDir = mkdtempSync(path.join(tmpdir(), "ingest-pglite-"));
      const local = connect({ pgliteDataDir: pgliteDir });
      await migrate(local.sql);
      await prepare(local.prisma);
      await local.close();
      env = { PGLITE_DATA_DIR: pgliteDir };
    } else {
      db = await createTestDatabase("postgres");
      await prepare(db.prisma);
      env = { DATABASE_URL: db.url };
    }
  });
  afterAll(async () => {
    await db?.drop();
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  });

  it("reads the known actors and records from the database", async () => {
    const local = db ?? connect({ pgliteDataDir: pgliteDir! });
    try {
      const known = await knownFromDatabase(local.prisma);
      expect(known.actors.find((a) => a.slug === "rheinmetall-ag")?.aliases).toEqual(["Rheinmetall"]);
      expect(known.records.agreements.length).toBe(dataset.agreements.length);
    } finally {
      if (!db) await local.close();
    }
  });

  it("prints one JSON document on stdout, matching the database's own actors, every quote verbatim", () => {
    const run = ingest(["--file", article, "--published", "2024-02-17", "--json"], env);
    expect(run.status, run.stderr).toBe(0);
    const proposals = JSON.parse(run.stdout) as Proposals;
    expect(proposals.source.knownFrom).toMatch(mode === "pglite" ? /embedded database/ : /PostgreSQL/);
    expect(proposals.actors.find((a) => a.slug === "rheinmetall-ag")).toMatchObject({ existing: true });
    expect(proposals.agreements.some((a) => a.type === "JOINT_VENTURE" && a.parties.some((p) => p.actor === "rheinmetall-ag"))).toBe(true);
    expectVerbatim(proposals);
  });
});

describe("ingest command line without a database", () => {
  it("falls back to the seed dataset and says so on stderr, stdout still one JSON document", () => {
    const run = ingest(["--file", article, "--published", "2024-02-17", "--json"], {});
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/seed dataset/);
    const proposals = JSON.parse(run.stdout) as Proposals;
    expect(proposals.source.knownFrom).toMatch(/seed dataset/);
    expect(proposals.actors.find((a) => a.name === "Rheinmetall")).toMatchObject({ existing: false, kind: "COMPANY" });
    expectVerbatim(proposals);
  });

  it("prints a readable summary without --json", () => {
    const run = ingest(["--file", article, "--published", "2024-02-17", "--no-database"], {});
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Agreements \(\d+\)/);
    expect(run.stdout).toMatch(/JOINT_VENTURE/);
  });

  it("refuses bad input with a clear message and no output on stdout", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ingest-bad-"));
    try {
      writeFileSync(path.join(dir, "empty.txt"), "   \n");
      writeFileSync(path.join(dir, "binary.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      const empty = ingest(["--file", path.join(dir, "empty.txt"), "--json"], {});
      expect(empty.status).toBe(1);
      expect(empty.stdout).toBe("");
      expect(empty.stderr).toMatch(/empty/);
      const binary = ingest(["--file", path.join(dir, "binary.bin"), "--json"], {});
      expect(binary.status).toBe(1);
      expect(binary.stderr).toMatch(/binary/);
      const date = ingest(["--file", article, "--published", "17/02/2024"], {});
      expect(date.status).toBe(1);
      expect(date.stderr).toMatch(/YYYY-MM-DD/);
      const missing = ingest(["--file", path.join(dir, "nope.txt")], {});
      expect(missing.stderr).toMatch(/Cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
