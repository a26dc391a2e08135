// Writes synthetic graph data (lib/relationships/synthetic.ts) into an empty database, in bulk, so
// the real pages can be looked at and timed with 200 countries and 2,000 ties.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GraphInput } from "./graph";

const SOURCE = "Synthetic data (npm run relationships:synthetic): same currency, rate 1.";

export async function writeSyntheticData(prisma: PrismaClient, input: GraphInput): Promise<{ actors: number; agreements: number; pledges: number }> {
  const existing = await prisma.actor.count();
  if (existing > 0) throw new Error("The database already holds actors: write synthetic data only into an empty database.");
  await prisma.actor.createMany({
    data: input.countries.map((c) => ({ slug: c.slug, name: c.name, kind: "COUNTRY" as const, countryCode: c.code, aliases: [] })),
  });
  const actors = await prisma.actor.findMany({ select: { id: true, slug: true } });
  const idOf = new Map(actors.map((a) => [a.slug, a.id]));
  const yearDate = (year: number | null) => (year === null ? null : new Date(Date.UTC(year, 0, 1)));

  await prisma.agreement.createMany({
    data: input.agreements.map((a) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      summary: "Synthetic record for testing the relationship view at scale.",
      type: a.type,
      status: a.status,
      confidence: "REPORTED" as const,
      categories: [],
      workCountryCodes: [],
      valueDisclosure: a.usd === null ? ("UNDISCLOSED" as const) : ("DISCLOSED" as const),
      valueAmount: a.usd,
      valueCurrency: a.usd === null ? null : "USD",
      startDate: yearDate(a.year),
      startDatePrecision: a.year === null ? null : ("YEAR" as const),
    })),
  });
  await prisma.agreementParty.createMany({
    data: input.agreements.flatMap((a) => a.parties.map((p) => ({ agreementId: a.id, actorId: idOf.get(p.actor.slug)!, role: p.role }))),
  });
  await prisma.pledge.createMany({
    data: input.pledges.map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      donorId: idOf.get(p.donor.slug)!,
      kind: p.kind,
      item: p.title,
      status: p.status,
      confidence: "REPORTED" as const,
      valueDisclosure: p.usd === null ? ("UNDISCLOSED" as const) : ("DISCLOSED" as const),
      valueAmount: p.usd,
      valueCurrency: p.usd === null ? null : "USD",
      usdAmount: p.usd,
      usdRate: p.usd === null ? null : 1,
      usdRateDate: p.usd === null ? null : yearDate(p.year ?? 2024),
      usdRateSource: p.usd === null ? null : SOURCE,
      date: yearDate(p.year),
      datePrecision: p.year === null ? null : ("YEAR" as const),
      agreementId: p.agreementId,
    })),
  });
  await prisma.pledgeRecipient.createMany({
    data: input.pledges.flatMap((p) => p.recipients.map((r) => ({ pledgeId: p.id, actorId: idOf.get(r.slug)! }))),
  });
  // Explicit ids were used: move the sequences past them.
  await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Agreement"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "Agreement"))`);
  await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Pledge"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "Pledge"))`);
  // Mark the database as seeded, so `npm start` does not load the real seed on top.
  await prisma.seedState.create({ data: { entity: "synthetic", slug: "relationships", sha256: "0".repeat(64) } });
  return { actors: actors.length, agreements: input.agreements.length, pledges: input.pledges.length };
}
