// The list filters' choices against a real seeded database: the countries and years that occur, the
// actors with the most records (plus the one chosen in the URL), recomputed after a write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dealFacets, pledgeFacets, timelineFacets, type Facets } from "@/lib/data/facets";
import { publicRecord as visible } from "@/lib/data/visibility";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const TOP = 3;
const sorted = (values: Iterable<string | null>) => [...new Set([...values].filter((v): v is string => !!v))].sort();

describe.each(databaseModes)("list filter choices on %s", (mode) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(mode);
    await seedDatabase(db.prisma, dataset);
  });
  afterAll(() => db.drop());

  /** Public actors with their number of public records of each kind, counted in JavaScript. */
  async function tallies() {
    const actors = await db.prisma.actor.findMany({
      where: visible,
      select: {
        slug: true,
        countryCode: true,
        parties: { where: { agreement: visible }, select: { agreementId: true } },
        pledgesMade: { where: visible, select: { id: true } },
        pledgesGot: { where: { pledge: visible }, select: { pledgeId: true } },
        events: { where: { event: visible }, select: { eventId: true } },
      },
    });
    return actors.map((a) => ({
      slug: a.slug,
      countryCode: a.countryCode,
      deals: new Set(a.parties.map((p) => p.agreementId)).size,
      pledges: new Set([...a.pledgesMade.map((p) => p.id), ...a.pledgesGot.map((p) => p.pledgeId)]).size,
      donated: a.pledgesMade.length,
      events: new Set(a.events.map((e) => e.eventId)).size,
    }));
  }

  /** The menu holds the `TOP` actors with most records: none left out has more than one offered. */
  function expectTopActors(facets: Facets, counts: { slug: string; records: number }[]) {
    const active = counts.filter((c) => c.records > 0);
    const offered = new Set(facets.actors.map((a) => a.slug));
    expect(facets.actors).toHaveLength(TOP);
    expect(facets.actorTotal).toBe(active.length);
    const least = Math.min(...active.filter((c) => offered.has(c.slug)).map((c) => c.records));
    const most = Math.max(...active.filter((c) => !offered.has(c.slug)).map((c) => c.records));
    expect(least).toBeGreaterThanOrEqual(most);
    const names = facets.actors.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  }

  it("offers the parties with the most deals, by name, and every party's and workplace's country", async () => {
    const counts = await tallies();
    const facets = await dealFacets(db.prisma, { limit: TOP });
    expectTopActors(facets, counts.map((c) => ({ slug: c.slug, records: c.deals })));
    const work = await db.prisma.agreement.findMany({ where: visible, select: { workCountryCodes: true } });
    expect(facets.countries.sort()).toEqual(sorted([...counts.filter((c) => c.deals > 0).map((c) => c.countryCode), ...work.flatMap((w) => w.workCountryCodes)]));
    expect(facets.years.length).toBeGreaterThan(0);
  });

  it("offers the actors giving or receiving most pledges, with donors' countries apart", async () => {
    const counts = await tallies();
    const facets = await pledgeFacets(db.prisma, { limit: TOP });
    expectTopActors(facets, counts.map((c) => ({ slug: c.slug, records: c.pledges })));
    expect(facets.countries.sort()).toEqual(sorted(counts.filter((c) => c.pledges > 0).map((c) => c.countryCode)));
    expect(facets.donorCountries.sort()).toEqual(sorted(counts.filter((c) => c.donated > 0).map((c) => c.countryCode)));
  });

  it("offers the actors in most events and every participant's and place's country", async () => {
    const counts = await tallies();
    const facets = await timelineFacets(db.prisma, { limit: TOP });
    expectTopActors(facets, counts.map((c) => ({ slug: c.slug, records: c.events })));
    const places = await db.prisma.event.findMany({ where: visible, select: { placeCountryCode: true } });
    expect(facets.countries.sort()).toEqual(sorted([...counts.filter((c) => c.events > 0).map((c) => c.countryCode), ...places.map((p) => p.placeCountryCode)]));
  });

  it("always offers the selected actor, even one outside the top, with its name for the filter chip", async () => {
    const top = new Set((await dealFacets(db.prisma, { limit: TOP })).actors.map((a) => a.slug));
    const outside = (await tallies()).find((c) => c.deals > 0 && !top.has(c.slug))!;
    const withSelected = await dealFacets(db.prisma, { limit: TOP, selectedActor: outside.slug });
    expect(withSelected.actors).toHaveLength(TOP + 1);
    const selected = withSelected.actors.find((a) => a.slug === outside.slug);
    expect(selected?.name).toBe(dataset.actors.find((a) => a.slug === outside.slug)!.name);
    const names = withSelected.actors.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    // The shared (memoised) choices are not changed for the next visitor; unknown slugs add nothing.
    expect((await dealFacets(db.prisma, { limit: TOP })).actors).toHaveLength(TOP);
    expect((await timelineFacets(db.prisma, { limit: TOP, selectedActor: "no-such-actor" })).actors).toHaveLength(TOP);
    expect((await pledgeFacets(db.prisma, { limit: TOP, selectedActor: outside.slug })).actors.map((a) => a.slug)).toContain(outside.slug);
  });

  it("shows a change to the data at once, though the choices are computed once per data version", async () => {
    const counts = await tallies();
    const busiest = counts.reduce((a, b) => (b.deals > a.deals ? b : a));
    const name = dataset.actors.find((a) => a.slug === busiest.slug)!.name;
    expect((await dealFacets(db.prisma, { limit: TOP })).actors.map((a) => a.name)).toContain(name);
    // "A …" keeps it in the top even on a tie in numbers of deals (ties go by name).
    await db.prisma.actor.update({ where: { slug: busiest.slug }, data: { name: "A name changed for the facets test" } });
    try {
      expect((await dealFacets(db.prisma, { limit: TOP })).actors.map((a) => a.name)).toContain("A name changed for the facets test");
    } finally {
      await db.prisma.actor.update({ where: { slug: busiest.slug }, data: { name } });
    }
  });
});
