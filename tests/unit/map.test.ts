import { geoEqualEarth } from "d3-geo";
import { describe, expect, it } from "vitest";
import { flagUrl, hasFlag } from "@/lib/flags";
import { isPublicPageRequest } from "@/lib/http/cache-policy";
import { compactPath } from "@/lib/map/compact-path";
import { cooperationFromRecords, emptyCountry, type CooperationMap, type CountryCooperation } from "@/lib/map/cooperation";
import { drawMap } from "@/lib/map/drawing";
import { countryShapes } from "@/lib/map/geometry";
import { locatorSvg } from "@/lib/map/locator";
import { mapQuery, parseMapParams } from "@/lib/map/params";
import { classOf, shadeScale } from "@/lib/map/scale";
import { renderPanelSvg } from "@/lib/map/svg";
import { mapCsv } from "@/lib/map/table";
import { countryLines } from "@/lib/map/text";
import { defaultFilters, type ActorInfo, type GraphInput } from "@/lib/relationships/graph";

const actor = (slug: string, kind: ActorInfo["kind"], countryCode: string | null): ActorInfo => ({ slug, name: slug, kind, countryCode });
const ua = actor("ukraine", "COUNTRY", "UA");
const gb = actor("united-kingdom", "COUNTRY", "GB");
const us = actor("united-states", "COUNTRY", "US");
const pl = actor("poland", "COUNTRY", "PL");
const kr = actor("south-korea", "COUNTRY", "KR");
const babcock = actor("babcock", "COMPANY", "GB");
const allies = actor("allies", "ORGANISATION", null);

const base = { title: "x", status: "SIGNED" as const, year: 2023, usd: null };
const input: GraphInput = {
  countries: [
    { code: "UA", slug: "ukraine", name: "Ukraine" },
    { code: "GB", slug: "united-kingdom", name: "United Kingdom" },
    { code: "US", slug: "united-states", name: "United States" },
  ],
  agreements: [
    {
      ...base,
      id: 1,
      slug: "a1",
      type: "LICENSED_PRODUCTION",
      workCountryCodes: ["UA", "PL"],
      parties: [
        { role: "LICENSOR", actor: babcock },
        { role: "PARTNER", actor: gb },
        { role: "LICENSEE", actor: ua },
        { role: "HOST", actor: pl },
      ],
    },
    // US financing for Ukraine and others: the US ties to Ukraine, the beneficiaries are on one side.
    {
      ...base,
      id: 2,
      slug: "a2",
      type: "FINANCING",
      parties: [
        { role: "FINANCIER", actor: us },
        { role: "BENEFICIARY", actor: ua },
        { role: "BENEFICIARY", actor: pl },
      ],
    },
    // Poland buys from South Korea: no Ukrainian party, counts for nobody.
    {
      ...base,
      id: 3,
      slug: "a3",
      type: "PROCUREMENT",
      workCountryCodes: ["KR"],
      parties: [
        { role: "BENEFICIARY", actor: pl },
        { role: "SUPPLIER", actor: kr },
      ],
    },
    {
      ...base,
      id: 4,
      slug: "a4",
      type: "MAINTENANCE_REPAIR",
      workCountryCodes: ["ua"],
      parties: [
        { role: "CONTRACTOR", actor: babcock },
        { role: "HOST", actor: ua },
      ],
    },
  ],
  pledges: [
    {
      ...base,
      id: 1,
      slug: "p1",
      kind: "EQUIPMENT",
      status: "PLEDGED",
      agreementId: null,
      donor: us,
      recipients: [ua],
      usd: 2e9,
      disclosure: "DISCLOSED",
    },
    {
      ...base,
      id: 2,
      slug: "p2",
      kind: "EQUIPMENT",
      status: "PLEDGED",
      agreementId: null,
      donor: gb,
      recipients: [ua],
      disclosure: "UNDISCLOSED",
    },
    {
      ...base,
      id: 3,
      slug: "p3",
      kind: "FINANCING",
      status: "PLEDGED",
      agreementId: null,
      donor: us,
      recipients: [allies],
      usd: 7e8,
      disclosure: "DISCLOSED",
    },
  ],
};

describe("what the map counts", () => {
  const map = cooperationFromRecords(input);
  const of = (code: string) => map.countries.find((c) => c.code === code);

  it("counts agreements that tie a country to Ukraine, and pledges to Ukraine by donor country", () => {
    expect(of("GB")).toMatchObject({
      agreements: 2,
      pledges: 1,
      usd: 0,
      pledgesValued: 0,
      pledgesUndisclosed: 1,
      href: "/actors/united-kingdom",
    });
    expect(of("US")).toMatchObject({
      agreements: 1,
      pledges: 1,
      usd: 2e9,
      pledgesValued: 1,
      pledgesUndisclosed: 0,
    });
  });

  it("leaves out records between third countries and beneficiaries on Ukraine's side", () => {
    // Poland hosts production with Ukraine (1 agreement) but is Ukraine's fellow beneficiary of the US credit.
    expect(of("PL")!.agreements).toBe(1);
    expect(of("KR")).toBeUndefined();
    expect(of("US")!.usd).toBe(2e9); // the credit to the allies is not a pledge to Ukraine
  });

  it("marks production, repair and training where the work happens, for agreements counted with Ukraine", () => {
    expect(map.ukraine.sites).toEqual({
      production: 1,
      repair: 1,
      training: 0,
    });
    expect(of("PL")!.sites.production).toBe(1);
    expect(map.ukraine).toMatchObject({
      agreements: 3,
      pledges: 2,
      usd: 2e9,
      pledgesUndisclosed: 1,
    });
  });

  it("filters like the network", () => {
    const pledgesOnly = cooperationFromRecords(input, {
      ...defaultFilters,
      kinds: ["pledges"],
    });
    expect(pledgesOnly.countries.map((c) => `${c.code}:${c.agreements}/${c.pledges}`).sort()).toEqual(["GB:0/1", "US:0/1"]);
  });

  it("says the same in its tooltip lines", () => {
    expect(countryLines(of("US")!)).toEqual([
      "United States:",
      "1 agreement with Ukraine as a party;",
      "1 pledge to Ukraine — $2 billion known (1 pledge).",
    ]);
  });
});

const country = (code: string, agreements: number, pledges = 0, usd = 0): CountryCooperation => ({
  ...emptyCountry(code, code, null),
  agreements,
  pledges,
  usd,
});

describe("shade classes", () => {
  it("uses round bounds from the data, starting at 1, lightest to darkest", () => {
    const scale = shadeScale(
      [1, 1, 2, 3, 8, 12, 40].map((n, i) => country(`C${i}`, n)),
      "records",
    );
    expect(scale.classes.map((c) => c.min)).toEqual([1, 2, 5, 10]);
    expect(scale.classes.map((c) => c.label)).toEqual(["1", "2–4", "5–9", "10 or more"]);
    expect(scale.classes.map((c) => c.index)).toEqual([1, 2, 4, 5]);
    expect(classOf(scale, 0)).toBeNull();
    expect(classOf(scale, 40)!.index).toBe(5);
  });

  it("shades by known value in millions of dollars, and leaves countries without one unshaded", () => {
    const scale = shadeScale([country("A", 1, 1, 2e9), country("B", 1, 1, 5e7), country("C", 1, 1, 0)], "usd");
    expect(scale.classes[0]!.label).toMatch(/^\$50 million/);
    expect(classOf(scale, 0)).toBeNull();
  });
});

describe("drawing", () => {
  it("writes short relative path data in whole units", () => {
    const d = compactPath(geoEqualEarth().fitWidth(1000, { type: "Sphere" }), countryShapes().get("FR")!.main, 2);
    expect(d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
  });

  it("draws every country with figures once as a link, in Europe or on the world inset", () => {
    const map: CooperationMap = {
      ukraine: {
        ...country("UA", 3, 2),
        name: "Ukraine",
        href: "/actors/ukraine",
      },
      countries: [country("GB", 2), country("US", 1), country("KR", 1)],
    };
    const drawing = drawMap(map, "records");
    const [europe, world] = drawing.panels;
    const links = (panel: typeof europe) =>
      panel!.countries
        .filter((c) => c.link)
        .map((c) => c.code)
        .sort();
    expect(links(europe)).toEqual(["GB", "UA"]);
    expect(links(world)).toEqual(["KR", "US"]);
    expect(europe!.countries.find((c) => c.code === "UA")!.shade).toBe("ua");
    expect(world!.countries.find((c) => c.code === "GB")!.link).toBeNull(); // drawn, but presented in Europe
    const svg = renderPanelSvg(europe!, { id: "t", label: "Map: Europe" });
    expect(svg).toContain('aria-label="Map: Europe"');
    expect((svg.match(/class="cm-c"/g) ?? []).length).toBe(2);
    expect(svg).toContain("<title>GB:\n2 agreements with Ukraine as a party;");
  });

  it("draws a locator map for one or two countries, and nothing for an unknown code", () => {
    expect(locatorSvg(["PL"], "Map: where Poland is")).toMatch(/^<svg class="cm-map"[^>]*role="img" aria-label="Map: where Poland is"/);
    expect(locatorSvg(["GB", "UA"], "x")).toContain('class="ua"');
    expect(locatorSvg(["ZZ"], "x")).toBeNull();
  });
});

describe("the map's URL and CSV", () => {
  it("reads the network's filters and the shading, ignoring organisations", () => {
    const { filters, measure, problems } = parseMapParams({
      type: "pledges",
      category: "drones",
      shade: "usd",
      orgs: "1",
    });
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({
      kinds: ["pledges"],
      categories: ["DRONES"],
      includeOrganisations: false,
    });
    expect(mapQuery(filters, measure)).toBe("?type=pledges&category=DRONES&shade=usd");
    expect(parseMapParams({ shade: "loud" }).problems[0]).toContain("shade=loud");
  });

  it("writes Ukraine first, then the countries, with absolute page links", () => {
    const map = cooperationFromRecords(input);
    const { header, rows } = mapCsv(map, "https://example.org");
    expect(header[0]).toBe("code");
    expect(rows[0]![0]).toBe("UA");
    expect(rows.find((r) => r[0] === "GB")!.at(-1)).toBe("https://example.org/actors/united-kingdom");
  });
});

describe("flags", () => {
  it("are versioned files for known codes only, outside the pages' data-version caching", () => {
    expect(hasFlag("GB")).toBe(true);
    expect(hasFlag("ZZ")).toBe(false);
    expect(flagUrl("GB")).toMatch(/^\/flags\/\d+\.\d+\.\d+\/gb\.svg$/);
    expect(isPublicPageRequest("GET", flagUrl("GB"), new Headers())).toBe(false);
    expect(isPublicPageRequest("GET", "/map", new Headers())).toBe(true);
  });
});
