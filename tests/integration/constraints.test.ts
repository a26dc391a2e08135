// The database itself refuses bad data, whatever writes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

describe.each(databaseModes)("database constraints on %s", (mode) => {
  let db: TestDatabase;
  let ukId: number;
  let uaId: number;
  let sourceId: number;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    const p = db.prisma;
    ukId = (await p.actor.create({ data: { slug: "united-kingdom", name: "United Kingdom", kind: "COUNTRY", countryCode: "GB" } })).id;
    uaId = (await p.actor.create({ data: { slug: "ukraine", name: "Ukraine", kind: "COUNTRY", countryCode: "UA" } })).id;
    sourceId = (
      await p.source.create({ data: { slug: "s", title: "A source", language: "en", fullText: "text", contentSha256: "0".repeat(64) } })
    ).id;
  });
  afterAll(() => db.drop());

  const pledge = (extra: Record<string, unknown>) => ({
    slug: `p-${Math.random().toString(36).slice(2, 8)}`,
    title: "A pledge",
    donorId: ukId,
    kind: "EQUIPMENT" as const,
    item: "Tanks",
    status: "PLEDGED" as const,
    confidence: "CONFIRMED" as const,
    ...extra,
  });

  it("refuses a duplicate slug", async () => {
    await expect(db.prisma.actor.create({ data: { slug: "ukraine", name: "Again", kind: "COUNTRY" } })).rejects.toThrow();
  });

  it("refuses a slug that is not kebab-case and a country code that is not two capitals", async () => {
    await expect(db.prisma.actor.create({ data: { slug: "Not A Slug", name: "X", kind: "COUNTRY" } })).rejects.toThrow();
    await expect(db.prisma.actor.create({ data: { slug: "x", name: "X", kind: "COUNTRY", countryCode: "gb" } })).rejects.toThrow();
  });

  it("refuses a negative quantity and a quantity without a unit", async () => {
    await expect(db.prisma.pledge.create({ data: pledge({ quantity: "-1", unit: "tanks" }) })).rejects.toThrow();
    await expect(db.prisma.pledge.create({ data: pledge({ quantity: "14" }) })).rejects.toThrow();
    await expect(db.prisma.pledge.create({ data: pledge({ quantity: "14", unit: "tanks" }) })).resolves.toBeTruthy();
  });

  it("stores an unknown value as undisclosed, never as 0 with no currency", async () => {
    await expect(db.prisma.pledge.create({ data: pledge({ valueDisclosure: "DISCLOSED" }) })).rejects.toThrow();
    await expect(db.prisma.pledge.create({ data: pledge({ valueDisclosure: "UNDISCLOSED", valueAmount: "0" }) })).rejects.toThrow();
    const ok = await db.prisma.pledge.create({ data: pledge({ valueDisclosure: "UNDISCLOSED" }) });
    expect(ok.valueAmount).toBeNull();
  });

  it("refuses a USD normalisation that does not state its rate and date", async () => {
    const disclosed = { valueDisclosure: "DISCLOSED", valueAmount: "2200000000", valueCurrency: "USD" };
    await expect(db.prisma.pledge.create({ data: pledge({ ...disclosed, usdAmount: "2200000000" }) })).rejects.toThrow();
    await expect(
      db.prisma.pledge.create({
        data: pledge({ ...disclosed, usdAmount: "2200000000", usdRate: "1", usdRateDate: new Date("2022-09-08"), usdRateSource: "same currency" }),
      }),
    ).resolves.toBeTruthy();
  });

  it("refuses an ownership share above 100 % and a share on a non-ownership link", async () => {
    await expect(db.prisma.actorLink.create({ data: { fromId: ukId, toId: uaId, type: "OWNS", sharePercent: "120" } })).rejects.toThrow();
    await expect(db.prisma.actorLink.create({ data: { fromId: ukId, toId: uaId, type: "MEMBER_OF", sharePercent: "10" } })).rejects.toThrow();
    await expect(db.prisma.actorLink.create({ data: { fromId: ukId, toId: ukId, type: "COUNTERPART_OF" } })).rejects.toThrow();
  });

  it("refuses a citation attached to no record or to two, and a blank quote", async () => {
    await expect(db.prisma.citation.create({ data: { sourceId, quote: "a verbatim quote" } })).rejects.toThrow();
    await expect(db.prisma.citation.create({ data: { sourceId, quote: "a verbatim quote", actorId: ukId, eventId: null, pledgeId: null, agreementId: null, partyId: null, aboutSourceId: sourceId } })).rejects.toThrow();
    await expect(db.prisma.citation.create({ data: { sourceId, quote: "   ", actorId: ukId } })).rejects.toThrow();
    await expect(db.prisma.citation.create({ data: { sourceId, quote: "a verbatim quote", actorId: ukId } })).resolves.toBeTruthy();
  });

  it("refuses an event that ends before it starts, and a stance on anything but a statement", async () => {
    const base = { title: "An event", description: "Something happened.", datePrecision: "DAY" as const, date: new Date("2022-09-27") };
    await expect(db.prisma.event.create({ data: { ...base, slug: "e1", kind: "MEETING", endDate: new Date("2022-09-26") } })).rejects.toThrow();
    await expect(db.prisma.event.create({ data: { ...base, slug: "e2", kind: "MEETING", stance: "OPEN" } })).rejects.toThrow();
    await expect(db.prisma.event.create({ data: { ...base, slug: "e3", kind: "STATEMENT", stance: "OPEN" } })).resolves.toBeTruthy();
  });

  it("refuses to delete an actor that is still a party or donor", async () => {
    await expect(db.prisma.actor.delete({ where: { id: ukId } })).rejects.toThrow();
  });
});
