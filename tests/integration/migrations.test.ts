import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { listMigrations, schemaPath } from "@/lib/db/migrations";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe("schema.prisma and prisma/migrations", () => {
  it("agree: the migrations produce exactly the schema (run `npm run db:migration:new -- <name>` if not)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("disagree as soon as the schema gains a field the migrations lack", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace("model Actor {\n", "model Actor {\n  nickname String?\n");
    expect(changed).not.toBe(schema);
    expect(await diffMigrationsToSchema({ schema: changed })).toMatch(/ALTER TABLE "Actor" ADD COLUMN\s+"nickname" TEXT/);
  });
});

describe.each(databaseModes)("migrations on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode); // already migrated once
  });
  afterAll(() => db.drop());

  it("records every migration in _prisma_migrations as Prisma's CLI does", async () => {
    const files = await listMigrations();
    const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const result = await migrate(db.sql);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe((await listMigrations()).length);
  });

  it("rolls back a failing migration entirely and records nothing for it", async () => {
    const broken = { name: "29991231000000_broken", sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();', checksum: "x".repeat(64) };
    await expect(migrate(db.sql, { migrations: [...(await listMigrations()), broken] })).rejects.toThrow();
    const half = await db.sql.query(`SELECT to_regclass('"Half"') AS t`);
    expect(half[0]).toEqual({ t: null });
    const recorded = await db.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(recorded).toHaveLength(0);
  });
});
