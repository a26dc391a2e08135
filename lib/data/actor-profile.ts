// Everything an actor's page shows: the actor with its links, the agreements it is a party to (with
// its roles), pledges it made and received, and the events it took part in (with its roles).
import { cache } from "react";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getActor, type ActorDto } from "./actors";
import { listAllAgreements, type AgreementDto } from "./agreements";
import { listAllEvents, type EventDto } from "./events";
import { listAllPledges, type PledgeDto } from "./pledges";

export interface ActorProfile {
  actor: ActorDto;
  agreements: { agreement: AgreementDto; roles: AgreementDto["parties"] }[];
  pledgesMade: PledgeDto[];
  pledgesReceived: PledgeDto[];
  events: { event: EventDto; roles: string[] }[];
}

async function loadActorProfile(db: PrismaClient, slug: string): Promise<ActorProfile | null> {
  const actor = await getActor(db, slug);
  if (!actor) return null;
  const [agreements, pledges, events] = await Promise.all([
    listAllAgreements(db, { actor: slug }, "newest"),
    listAllPledges(db, { actor: slug }, "newest"),
    listAllEvents(db, { actor: slug }),
  ]);
  return {
    actor,
    agreements: agreements.map((agreement) => ({ agreement, roles: agreement.parties.filter((p) => p.actor.slug === slug) })),
    pledgesMade: pledges.filter((p) => p.donor.slug === slug),
    pledgesReceived: pledges.filter((p) => p.recipients.some((r) => r.slug === slug)),
    events: events.map((event) => ({ event, roles: event.actors.filter((a) => a.actor.slug === slug).map((a) => a.role) })),
  };
}

/** Cached per request: the page and its generateMetadata read the same profile once. */
export const getActorProfile = cache(loadActorProfile);
