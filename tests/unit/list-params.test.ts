import { describe, expect, it } from "vitest";
import { activeFilters } from "@/lib/lists/active";
import { dealListSchema, filtersOnly, hrefWith, parseListParams, timelineSchema } from "@/lib/lists/params";
import { partialDateLabel } from "@/lib/lists/options";

describe("list page parameters", () => {
  it("applies defaults when the URL has no parameters", () => {
    const { query, raw, issues } = parseListParams(dealListSchema, {});
    expect(query).toMatchObject({ sort: "newest", page: 1, per: 25 });
    expect(query.q).toBeUndefined();
    expect(raw).toEqual({});
    expect(issues).toEqual([]);
  });

  it("parses filters with the API's own rules (upper-casing enums and countries, years as date ranges)", () => {
    const { query, raw } = parseListParams(dealListSchema, { status: ["in_talks", "SIGNED"], country: "gb", from: "2023", to: "2023", sort: "title", page: "2" });
    expect(query.status).toEqual(["IN_TALKS", "SIGNED"]);
    expect(query.country).toBe("GB");
    expect(query.from?.toISOString()).toBe("2023-01-01T00:00:00.000Z");
    expect(query.to?.toISOString()).toBe("2023-12-31T23:59:59.999Z");
    expect(query).toMatchObject({ sort: "title", page: 2 });
    expect(raw.status).toEqual(["in_talks", "SIGNED"]);
  });

  it("drops a bad value with a reason and keeps the other filters", () => {
    const { query, raw, issues } = parseListParams(dealListSchema, { status: "FINISHED", country: "GB", page: "zero", per: "7" });
    expect(query.status).toBeUndefined();
    expect(query.country).toBe("GB");
    expect(query.page).toBe(1);
    expect(query.per).toBe(25);
    expect(raw).toEqual({ country: ["GB"] });
    expect(issues.map((i) => i.param).sort()).toEqual(["page", "per", "status"]);
  });

  it("treats empty form fields as absent and ignores unknown parameters", () => {
    const { query, issues } = parseListParams(dealListSchema, { q: "  ", country: "", utm_source: "x" });
    expect(query.q).toBeUndefined();
    expect(query.country).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it("reads URLSearchParams with repeated keys like the page's searchParams", () => {
    const { query } = parseListParams(dealListSchema, new URLSearchParams("type=TRAINING&type=EXPORT&q=licensed+production"));
    expect(query.type).toEqual(["TRAINING", "EXPORT"]);
    expect(query.q).toBe("licensed production");
  });

  it("accepts a timeline year and refuses an impossible one", () => {
    expect(parseListParams(timelineSchema, { year: "2024" }).query.year).toBe(2024);
    expect(parseListParams(timelineSchema, { year: "24" }).issues[0]?.param).toBe("year");
  });
});

describe("links that change one parameter", () => {
  const raw = { q: ["tanks"], status: ["PLEDGED", "DELIVERED"], page: ["3"] };

  it("goes back to page 1 when a filter changes, and keeps the page when asked", () => {
    expect(hrefWith("/pledges", raw, { q: "missiles" })).toBe("/pledges?q=missiles&status=PLEDGED&status=DELIVERED");
    expect(hrefWith("/pledges", raw, { page: "4" })).toBe("/pledges?q=tanks&status=PLEDGED&status=DELIVERED&page=4");
  });

  it("removes a parameter given undefined or an empty list", () => {
    expect(hrefWith("/pledges", raw, { q: undefined, status: [] })).toBe("/pledges");
  });

  it("keeps only the filters (and order) for exports", () => {
    expect(filtersOnly({ q: ["x"], sort: ["title"], page: ["2"], per: ["10"] })).toEqual({ q: ["x"], sort: ["title"] });
  });

  it("makes one removable chip per filter value", () => {
    const chips = activeFilters("/deals", { status: ["IN_TALKS,SIGNED"], q: ["uk"] }, { q: (v) => `Search: ${v}`, status: (v) => `Status: ${v}` });
    expect(chips).toEqual([
      { param: "q", label: "Search: uk", removeHref: "/deals?status=IN_TALKS%2CSIGNED" },
      { param: "status", label: "Status: IN_TALKS", removeHref: "/deals?status=SIGNED&q=uk" },
      { param: "status", label: "Status: SIGNED", removeHref: "/deals?status=IN_TALKS&q=uk" },
    ]);
  });

  it("labels partial dates the way pages show them", () => {
    expect(partialDateLabel("2023")).toBe("2023");
    expect(partialDateLabel("2023-02")).toBe("Feb 2023");
    expect(partialDateLabel("2023-02-08")).toBe("8 Feb 2023");
  });
});
