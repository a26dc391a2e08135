// A search that matches more records than a query can bind parameters (Prisma refuses more than
// 32,766 with P2029) must still list, count and page: the lists filter in SQL, never by id lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAgreements, listAgreementsPage } from "@/lib/data/agreements";
import { listPledgesPage } from "@/lib/data/pledges";
import { searchEverything } from "@/lib/data/search-all";
import { agreementQuerySchema } from "@/lib/schemas/query";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const MATCHES = 33_000;

describe.each(databaseModes)("a search matching more records than a query can bind, on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    // Every record mentions "quokka"; every third agreement is a joint venture.
    await db.sql.exec(`
      INSERT INTO "Actor" (slug, name, kind, "updatedAt") VALUES ('quokka-works', 'Quokka Works', 'COMPANY', now());
      INSERT INTO "Agreement" (slug, title, summary, type, status, confidence, categories, "workCountryCodes", "startDate", "startDatePrecision", "updatedAt")
        SELECT 'quokka-deal-' || n, 'Quokka deal ' || n, 'Licensed production of quokka parts.',
               (CASE WHEN n % 3 = 0 THEN 'JOINT_VENTURE' ELSE 'LICENSED_PRODUCTION' END)::"AgreementType", 'SIGNED', 'REPORTED',
               '{ARTILLERY}', '{}', DATE '2020-01-01' + n, 'DAY', now()
        FROM generate_series(1, ${MATCHES}) AS n;
      INSERT INTO "Pledge" (slug, title, "donorId", kind, item, status, confidence, "updatedAt")
        SELECT 'quokka-pledge-' || n, 'Quokka pledge ' || n, (SELECT id FROM "Actor" WHERE slug = 'quokka-works'), 'EQUIPMENT', 'quokka kits', 'PLEDGED', 'REPORTED', now()
        FROM generate_series(1, ${MATCHES}) AS n;`);
  }, 120_000);
  afterAll(() => db.drop());

  it("counts and pages the deals list", async () => {
    const all = await listAgreementsPage(db.prisma, { q: "quokka" }, "newest", { page: 1, per: 25 });
    expect(all.total).toBe(MATCHES);
    expect(all.data.map((d) => d.slug)).toEqual(Array.from({ length: 25 }, (_, i) => `quokka-deal-${MATCHES - i}`));
    const ventures = await listAgreementsPage(db.prisma, { q: "quokka", type: ["JOINT_VENTURE"] }, "oldest", { page: 2, per: 10 });
    expect(ventures.total).toBe(MATCHES / 3);
    expect(ventures.data[0]!.slug).toBe("quokka-deal-33");
  });

  it("pages the API by cursor", async () => {
    const first = await listAgreements(db.prisma, agreementQuerySchema.parse({ q: "quokka", limit: "200" }));
    expect(first.data).toHaveLength(200);
    const second = await listAgreements(db.prisma, agreementQuerySchema.parse({ q: "quokka", limit: "200", cursor: first.nextCursor! }));
    expect(second.data[0]!.slug).toBe("quokka-deal-201");
  });

  it("lists pledges and answers the global search", async () => {
    expect((await listPledgesPage(db.prisma, { q: "quokka" }, "title", { page: 1, per: 10 })).total).toBe(MATCHES);
    const found = await searchEverything(db.prisma, "quokka");
    expect([found.deals.total, found.pledges.total]).toEqual([MATCHES, MATCHES]);
  });
});
