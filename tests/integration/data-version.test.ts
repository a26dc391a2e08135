import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataVersion, memoizeByDataVersion } from "@/lib/data/data-version";
import { getOverview } from "@/lib/data/overview";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("data version on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it("moves on every write to public data, whoever writes", async () => {
    const before = await dataVersion(db.prisma);
    await db.prisma.agreement.update({ where: { slug: "uk-ukraine-licensed-production-talks" }, data: { title: "Renamed for the test" } });
    const afterUpdate = await dataVersion(db.prisma);
    expect(afterUpdate).not.toBe(before);
    await db.sql.exec(`DELETE FROM "Citation" WHERE id = (SELECT max(id) FROM "Citation")`);
    expect(await dataVersion(db.prisma)).not.toBe(afterUpdate);
  });

  it("does not move on reads", async () => {
    const before = await dataVersion(db.prisma);
    await db.prisma.agreement.findMany({ take: 5 });
    expect(await dataVersion(db.prisma)).toBe(before);
  });

  it("recomputes a memoized view only after a write", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const key = `test-${mode}`;
    expect(await memoizeByDataVersion(db.prisma, key, compute)).toBe(1);
    expect(await memoizeByDataVersion(db.prisma, key, compute)).toBe(1);
    await db.prisma.actor.update({ where: { slug: "ukraine" }, data: { description: "Changed for the test." } });
    expect(await memoizeByDataVersion(db.prisma, key, compute)).toBe(2);
  });

  it("shows an admin-style change in the overview at once", async () => {
    const before = (await getOverview(db.prisma)).agreements.length;
    await db.prisma.agreement.update({ where: { slug: "uk-ukraine-licensed-production-talks" }, data: { isPublished: false } });
    expect((await getOverview(db.prisma)).agreements.length).toBe(before - 1);
    await db.prisma.agreement.update({ where: { slug: "uk-ukraine-licensed-production-talks" }, data: { isPublished: true } });
  });
});
