// Proposals must be able to become drafts through the admin's write path: once the reviewer has named
// the source (and created the new actors), each one parses with the seed dataset's own schemas.
import { describe, expect, it } from "vitest";
import { loadFixtures } from "@/lib/ingest/eval/expected";
import type { ActorRef } from "@/lib/ingest/types";
import { agreementSeedSchema } from "@/lib/schemas/agreement";
import { actorLinkSeedSchema, actorSeedSchema } from "@/lib/schemas/actor";
import { eventSeedSchema } from "@/lib/schemas/event";
import { pledgeSeedSchema } from "@/lib/schemas/pledge";
import { analyse } from "../unit/ingest/helpers";

const source = "the-source";
const slug = (ref: ActorRef) => (typeof ref === "string" ? ref : ref.slug);
const cite = (cs: { quote: string }[]) => cs.map((c) => ({ source, quote: c.quote }));
const money = (v: { disclosure: string; amount?: string; currency?: string }) => ({ disclosure: v.disclosure, ...(v.amount ? { amount: v.amount, currency: v.currency } : {}) });

describe("proposals are shaped like the seed dataset", () => {
  it.each(loadFixtures().map((f) => [f.id, f] as const))("%s", (_id, fixture) => {
    const p = analyse(fixture.text, fixture.published);
    for (const a of p.actors.filter((x) => !x.existing)) {
      const parsed = actorSeedSchema.safeParse({ slug: a.slug, name: a.name, kind: a.kind, countryCode: a.countryCode, aliases: a.aliases, citations: cite(a.citations) });
      expect(parsed.error?.issues, a.slug).toBeUndefined();
    }
    for (const a of p.agreements) {
      const parsed = agreementSeedSchema.safeParse({
        ...a,
        value: money(a.value),
        parties: a.parties.map((x) => ({ actor: slug(x.actor), role: x.role, citations: cite(x.citations) })),
        statusHistory: a.statusHistory.map((s) => ({ status: s.status, date: s.date, dateInferred: s.dateInferred, note: s.note, citations: cite(s.citations) })),
        citations: cite(a.citations),
      });
      expect(parsed.error?.issues, a.slug).toBeUndefined();
    }
    for (const x of p.pledges) {
      const parsed = pledgeSeedSchema.safeParse({ ...x, donor: slug(x.donor), recipients: x.recipients.map(slug), value: money(x.value), citations: cite(x.citations) });
      expect(parsed.error?.issues, x.slug).toBeUndefined();
    }
    for (const e of p.events) {
      const parsed = eventSeedSchema.safeParse({ ...e, actors: e.actors.map((a) => ({ actor: slug(a.actor), role: a.role })), citations: cite(e.citations) });
      expect(parsed.error?.issues, e.slug).toBeUndefined();
    }
    for (const l of p.actorLinks) {
      const parsed = actorLinkSeedSchema.safeParse({ ...l, from: slug(l.from), to: slug(l.to), citations: cite(l.citations) });
      expect(parsed.error?.issues, `${slug(l.from)} ${l.type}`).toBeUndefined();
    }
  });
});
