// Real API responses parsed with the schemas the OpenAPI document is generated from (strict: an
// undocumented or missing field fails), so the documentation cannot drift from the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detailHandler, listHandler } from "@/lib/api/handlers";
import { getActor, listActors } from "@/lib/data/actors";
import { getAgreement, listAgreements } from "@/lib/data/agreements";
import { getEvent, listEvents } from "@/lib/data/events";
import { getPledge, listPledges } from "@/lib/data/pledges";
import { getSource, listSources } from "@/lib/data/sources";
import { detailSchema, errorSchema, pageSchema, recordSchemas } from "@/lib/schemas/api";
import { actorQuerySchema, agreementQuerySchema, eventQuerySchema, pledgeQuerySchema, sourceQuerySchema } from "@/lib/schemas/query";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("API responses match the documented schemas on %s", (mode) => {
  let db: TestDatabase;
  const prisma = () => db.prisma;
  const api = {
    actors: { list: listHandler(prisma, actorQuerySchema, listActors), one: detailHandler(prisma, "actor", getActor) },
    agreements: { list: listHandler(prisma, agreementQuerySchema, listAgreements), one: detailHandler(prisma, "agreement", getAgreement) },
    pledges: { list: listHandler(prisma, pledgeQuerySchema, listPledges), one: detailHandler(prisma, "pledge", getPledge) },
    events: { list: listHandler(prisma, eventQuerySchema, listEvents), one: detailHandler(prisma, "event", getEvent) },
    sources: { list: listHandler(prisma, sourceQuerySchema, listSources), one: detailHandler(prisma, "source", getSource) },
  };

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  it.each(Object.keys(api) as (keyof typeof api)[])("every %s record, listed and fetched one by one", async (collection) => {
    const response = await api[collection].list(new Request(`http://test/api/v1/${collection}?limit=200`));
    const page = pageSchema(recordSchemas[collection]).safeParse(await response.json());
    expect(page.error?.issues ?? []).toEqual([]);
    const records = page.data!.data as { slug: string }[];
    expect(records.length).toBeGreaterThan(0);

    const paged = await api[collection].list(new Request(`http://test/api/v1/${collection}?limit=1`));
    expect(pageSchema(recordSchemas[collection]).parse(await paged.json()).nextCursor).toEqual(expect.any(String));

    for (const { slug } of records.slice(0, 5)) {
      const one = await api[collection].one(new Request(`http://test/api/v1/${collection}/${slug}`), { params: Promise.resolve({ slug }) });
      const parsed = detailSchema(recordSchemas[collection]).safeParse(await one.json());
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  // The 429 body is the front door's (lib/server/front.ts), checked against the same schema in tests/integration/security-limits.test.ts.
  it("errors: 400 and 404 bodies", async () => {
    const bad = await api.agreements.list(new Request("http://test/api/v1/agreements?limit=0&colour=blue"));
    expect(errorSchema.parse(await bad.json()).issues?.length).toBe(2);
    const missing = await api.events.one(new Request("http://test/api/v1/events/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(errorSchema.parse(await missing.json()).issues).toBeUndefined();
  });
});
