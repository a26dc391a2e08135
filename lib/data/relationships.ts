// Reads for the relationship network and the pair pages. The graph itself is built by the pure
// functions in lib/relationships/, from the plain records returned here.
import { cache } from "react";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildGraph, pairRecords, type GraphEdge, type GraphInput } from "@/lib/relationships/graph";
import { countryName } from "@/lib/format";
import { agreementSelect, toAgreementDto, type AgreementDto } from "./agreements";
import { eventSelect, toEventDto, type EventDto } from "./events";
import { pledgeSelect, toPledgeDto, type PledgeDto } from "./pledges";
import { actorRefSelect, visible } from "./shared";

const partyActor = { select: actorRefSelect } as const;

/** Every published agreement and pledge with the actors they involve, shaped for buildGraph. */
export const loadGraphInput = cache(async (db: PrismaClient): Promise<GraphInput> => {
  const [countries, agreements, pledges] = await Promise.all([
    db.actor.findMany({
      where: { ...visible, kind: "COUNTRY", countryCode: { not: null } },
      select: { slug: true, name: true, countryCode: true },
      orderBy: { id: "asc" },
    }),
    db.agreement.findMany({
      where: visible,
      select: {
        id: true,
        slug: true,
        title: true,
        type: true,
        status: true,
        startDate: true,
        valueDisclosure: true,
        valueAmount: true,
        valueCurrency: true,
        parties: { select: { role: true, actor: partyActor }, orderBy: { id: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
    db.pledge.findMany({
      where: visible,
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        status: true,
        date: true,
        usdAmount: true,
        agreementId: true,
        donor: partyActor,
        recipients: { select: { actor: partyActor }, orderBy: { actorId: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    countries: countries.map((c) => ({ code: c.countryCode!.trim().toUpperCase(), slug: c.slug, name: c.name })),
    agreements: agreements.map((a) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      type: a.type,
      status: a.status,
      year: a.startDate ? a.startDate.getUTCFullYear() : null,
      // Agreements carry no USD normalisation: only a value stated in dollars is counted.
      usd: a.valueDisclosure === "DISCLOSED" && a.valueCurrency === "USD" && a.valueAmount ? Number(a.valueAmount) : null,
      parties: a.parties,
    })),
    pledges: pledges.map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      kind: p.kind,
      status: p.status,
      year: p.date ? p.date.getUTCFullYear() : null,
      usd: p.usdAmount ? Number(p.usdAmount) : null,
      agreementId: p.agreementId,
      donor: p.donor,
      recipients: p.recipients.map((r) => r.actor),
    })),
  };
});

export interface PairCountry {
  code: string;
  name: string;
  /** The country's actor page, when the tracker has one. */
  slug: string | null;
}

export interface PairDto {
  a: PairCountry;
  b: PairCountry;
  agreements: AgreementDto[];
  pledges: PledgeDto[];
  events: EventDto[];
  /** The edge the network draws between the two (no filters), or null when only events link them. */
  tie: GraphEdge | null;
}

/** Events involving both countries: an actor of each (reporters aside), or one side's actor in the other's territory. */
async function pairEventIds(db: PrismaClient, a: string, b: string): Promise<number[]> {
  const rows = await db.event.findMany({
    where: {
      ...visible,
      OR: [{ placeCountryCode: { in: [a, b] } }, { actors: { some: { actor: { countryCode: { in: [a, b] } } } } }],
    },
    select: { id: true, placeCountryCode: true, actors: { select: { role: true, actor: { select: { countryCode: true } } } } },
  });
  return rows
    .filter((row) => {
      const codes = new Set(row.actors.filter((x) => x.role !== "REPORTER").map((x) => x.actor.countryCode?.trim()));
      if (row.placeCountryCode) codes.add(row.placeCountryCode.trim());
      return codes.has(a) && codes.has(b);
    })
    .map((row) => row.id);
}

/** Everything between two countries (ISO alpha-2, any case), or null when there is nothing. */
export async function getPair(db: PrismaClient, codeA: string, codeB: string): Promise<PairDto | null> {
  const a = codeA.toUpperCase();
  const b = codeB.toUpperCase();
  if (a === b) return null;
  const input = await loadGraphInput(db);
  const { agreementIds, pledgeIds } = pairRecords(input, a, b);
  const eventIds = await pairEventIds(db, a, b);
  if (agreementIds.length + pledgeIds.length + eventIds.length === 0) return null;
  const [agreements, pledges, events] = await Promise.all([
    db.agreement.findMany({
      where: { id: { in: agreementIds } },
      select: agreementSelect,
      orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    db.pledge.findMany({
      where: { id: { in: pledgeIds } },
      select: pledgeSelect,
      orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    db.event.findMany({ where: { id: { in: eventIds } }, select: eventSelect, orderBy: [{ date: "asc" }, { id: "asc" }] }),
  ]);
  const country = (code: string): PairCountry => {
    const actor = input.countries.find((c) => c.code === code);
    return { code, name: actor?.name ?? countryName(code), slug: actor?.slug ?? null };
  };
  const edgeKey = [`c:${a}`, `c:${b}`].sort().join("|");
  const tie = buildGraph(input).edges.find((e) => e.key === edgeKey) ?? null;
  return {
    a: country(a),
    b: country(b),
    agreements: agreements.map(toAgreementDto),
    pledges: pledges.map(toPledgeDto),
    events: events.map(toEventDto),
    tie,
  };
}
