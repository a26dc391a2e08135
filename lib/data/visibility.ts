// The one visibility rule of every public output (pages, API, exports, feeds, sitemap, search, share
// images, embeds, counts, charts and the relationship network). See docs/decisions/073-visibility-rule.md.
//
//   1. A record (actor, agreement, pledge, event, source) is public when it is published and not in
//      the trash. A pledge also needs a public donor: the donor is part of what the pledge says.
//   2. A link between records (a party, a recipient, an event's actors, agreements and pledges, a
//      pledge's agreement, an actor link, a citation's source) is public only when the records at
//      both ends are. A hidden end hides the link — its name, its slug and its count — never more.
//   3. A citation is public when its source and the record it supports are public.
//
// Every read in lib/data builds on these fragments (Prisma `where` objects and SQL conditions), so other
// filters (search, scope…) compose with them instead of restating them.
import { Prisma } from "@/lib/generated/prisma/client";

/** Rule 1 for a record's own columns. */
export const publicRecord = { isPublished: true, deletedAt: null } as const;

export const publicActor = publicRecord satisfies Prisma.ActorWhereInput;
export const publicAgreement = publicRecord satisfies Prisma.AgreementWhereInput;
export const publicEvent = publicRecord satisfies Prisma.EventWhereInput;
export const publicSource = publicRecord satisfies Prisma.SourceWhereInput;
export const publicPledge = { ...publicRecord, donor: publicRecord } satisfies Prisma.PledgeWhereInput;

/** Rule 2, seen from the record that holds the link (its own end is public already). */
export const publicParty = { actor: publicActor } satisfies Prisma.AgreementPartyWhereInput;
export const publicRecipient = { actor: publicActor } satisfies Prisma.PledgeRecipientWhereInput;
export const publicEventActor = { actor: publicActor } satisfies Prisma.EventActorWhereInput;
export const publicEventAgreement = { agreement: publicAgreement } satisfies Prisma.EventAgreementWhereInput;
export const publicEventPledge = { pledge: publicPledge } satisfies Prisma.EventPledgeWhereInput;
export const publicAgreementEvent = { event: publicEvent } satisfies Prisma.EventAgreementWhereInput;
export const publicPledgeEvent = { event: publicEvent } satisfies Prisma.EventPledgeWhereInput;
export const publicLinkTo = { to: publicActor } satisfies Prisma.ActorLinkWhereInput;
export const publicLinkFrom = { from: publicActor } satisfies Prisma.ActorLinkWhereInput;
export const publicActorLink = { from: publicActor, to: publicActor } satisfies Prisma.ActorLinkWhereInput;

/** Rule 2 for a citation under a public record: its source must be public. */
export const publicCitationOfRecord = { source: publicSource } satisfies Prisma.CitationWhereInput;

/** Rule 3 in full: a citation counted or listed on its own (a source's count, the citations CSV). */
export const publicCitation = {
  source: publicSource,
  OR: [
    { actor: publicActor },
    { actorLink: publicActorLink },
    { agreement: publicAgreement },
    { party: { agreement: publicAgreement, actor: publicActor } },
    { statusEntry: { agreement: publicAgreement } },
    { pledge: publicPledge },
    { event: publicEvent },
    { aboutSource: publicSource },
  ],
} satisfies Prisma.CitationWhereInput;

/** What to select of a to-one relation that may be hidden (a pledge's agreement), for `ifPublic`. */
export const visibilityFields = { isPublished: true, deletedAt: true } as const;

/** A to-one related row without its visibility columns, or null when rule 1 hides it. */
export function ifPublic<R extends { isPublished: boolean; deletedAt: Date | null }>(
  row: R | null,
): Omit<R, "isPublished" | "deletedAt"> | null {
  if (!row || !isPublicRow(row)) return null;
  const { isPublished: _p, deletedAt: _d, ...rest } = row;
  return rest;
}

export function isPublicRow(row: { isPublished: boolean; deletedAt: Date | null }): boolean {
  return row.isPublished && row.deletedAt === null;
}

// The same rule in SQL, for the lists, counts and the network that PostgreSQL computes. `alias` is the
// table's alias in the query.

function own(alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`${t}."isPublished" AND ${t}."deletedAt" IS NULL`;
}

export const publicSql = {
  actor: own,
  agreement: own,
  event: own,
  source: own,
  // "No hidden donor" as an anti-join rather than "donor in the public actors": with a search condition
  // beside it and no table statistics yet (a fresh import), PostgreSQL picked a nested loop for the
  // semi-join that re-ran the search per pledge (33,000 pledges: 280 s against 0.1 s).
  pledge: (alias: string) =>
    Prisma.sql`${own(alias)} AND NOT EXISTS (SELECT 1 FROM "Actor" hidden_donor WHERE hidden_donor.id = ${Prisma.raw(alias)}."donorId" AND NOT (hidden_donor."isPublished" AND hidden_donor."deletedAt" IS NULL))`,
};
