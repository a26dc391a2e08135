import { describe, expect, it } from "vitest";
import { EQUIPMENT_CATEGORIES, filtersToQuery, parseFilters } from "@/lib/relationships/filters";
import {
  agreementPairs,
  buildGraph,
  defaultFilters,
  pairRecords,
  type ActorInfo,
  type AgreementRecord,
  type GraphInput,
  type PledgeRecord,
} from "@/lib/relationships/graph";
import { buildMatrix } from "@/lib/relationships/matrix";
import { syntheticGraphInput } from "@/lib/relationships/synthetic";

const actor = (slug: string, kind: ActorInfo["kind"], countryCode: string | null): ActorInfo => ({
  slug,
  name: slug.replaceAll("-", " "),
  kind,
  countryCode,
});
const gb = actor("united-kingdom", "COUNTRY", "GB");
const ua = actor("ukraine", "COUNTRY", "UA");
const fr = actor("france", "COUNTRY", "FR");
const us = actor("united-states", "COUNTRY", "US");
const kr = actor("south-korea", "COUNTRY", "KR");
const pk = actor("pakistan", "COUNTRY", "PK");
const babcock = actor("babcock", "COMPANY", "GB");
const dci = actor("dci", "COMPANY", "FR");
const nato = actor("nato", "ALLIANCE", null);
const stateDept = actor("us-state-department", "GOVERNMENT_BODY", "US");

function agreement(id: number, partial: Partial<AgreementRecord> & Pick<AgreementRecord, "parties">): AgreementRecord {
  return {
    id,
    slug: `agreement-${id}`,
    title: `Agreement ${id}`,
    type: "LICENSED_PRODUCTION",
    status: "IN_TALKS",
    year: 2023,
    usd: null,
    ...partial,
  };
}
function pledge(id: number, partial: Partial<PledgeRecord> & Pick<PledgeRecord, "donor" | "recipients">): PledgeRecord {
  return {
    id,
    slug: `pledge-${id}`,
    title: `Pledge ${id}`,
    kind: "EQUIPMENT",
    status: "PLEDGED",
    year: 2023,
    usd: null,
    agreementId: null,
    ...partial,
  };
}

const input: GraphInput = {
  countries: [
    { code: "GB", slug: "united-kingdom", name: "United Kingdom" },
    { code: "UA", slug: "ukraine", name: "Ukraine" },
    { code: "FR", slug: "france", name: "France" },
    { code: "US", slug: "united-states", name: "United States" },
  ],
  agreements: [
    agreement(1, {
      parties: [
        { role: "LICENSOR", actor: babcock },
        { role: "PARTNER", actor: gb },
        { role: "LICENSEE", actor: ua },
      ],
    }),
    agreement(2, {
      type: "FRAMEWORK",
      status: "IN_PROGRESS",
      year: 2022,
      parties: [
        { role: "PARTNER", actor: gb },
        { role: "PARTNER", actor: ua },
      ],
    }),
    agreement(3, {
      type: "PROCUREMENT",
      year: 2023,
      categories: ["AMMUNITION", "ARTILLERY"],
      parties: [
        { role: "BENEFICIARY", actor: ua },
        { role: "SUPPLIER", actor: kr },
        { role: "SUPPLIER", actor: pk },
      ],
    }),
    agreement(4, {
      type: "FINANCING",
      status: "ANNOUNCED",
      year: 2022,
      usd: 2.2e9,
      parties: [
        { role: "FINANCIER", actor: stateDept },
        { role: "BENEFICIARY", actor: ua },
      ],
    }),
    agreement(5, {
      type: "MAINTENANCE_REPAIR",
      year: 2024,
      parties: [
        { role: "PARTNER", actor: dci },
        { role: "PROPOSER", actor: babcock },
        { role: "HOST", actor: ua },
        { role: "FACILITATOR", actor: nato },
      ],
    }),
  ],
  pledges: [
    pledge(1, { donor: gb, recipients: [ua], year: 2023, category: "ARTILLERY" }),
    pledge(2, { donor: us, recipients: [ua], kind: "FINANCING", usd: 2.2e9, agreementId: 4, year: 2022 }),
    pledge(3, { donor: us, recipients: [ua], status: "REFUSED", year: null }),
    pledge(4, { donor: fr, recipients: [fr] }),
  ],
};

const edge = (graph: ReturnType<typeof buildGraph>, a: string, b: string) =>
  graph.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join());

describe("buildGraph", () => {
  const graph = buildGraph(input);

  it("folds companies and government bodies into their country and counts each record once per pair", () => {
    const gbUa = edge(graph, "c:GB", "c:UA")!;
    // Licensed production (Babcock and the UK), framework, the repair hub proposed by Babcock, the pledge.
    expect(gbUa.count).toBe(4);
    expect(gbUa.records.map((r) => `${r.type}:${r.id}`)).toEqual(["agreement:1", "agreement:2", "agreement:5", "pledge:1"]);
    expect(gbUa.byKind).toEqual({ industrial: { count: 2, usd: 0 }, political: { count: 1, usd: 0 }, pledges: { count: 1, usd: 0 } });
    expect(gbUa.href).toBe("/relationships/gb/ua");
  });

  it("does not link two parties on the same side of a deal", () => {
    expect(edge(graph, "c:KR", "c:PK")).toBeUndefined();
    expect(edge(graph, "c:KR", "c:UA")!.count).toBe(1);
    expect(agreementPairs(input.agreements[2]!, false)).toEqual([
      ["c:KR", "c:UA"],
      ["c:PK", "c:UA"],
    ]);
  });

  it("adds the known value once when a pledge belongs to an agreement already counted", () => {
    const usUa = edge(graph, "c:US", "c:UA")!;
    expect(usUa.count).toBe(3); // financing agreement, its pledge, the refused pledge
    expect(usUa.usd).toBe(2.2e9);
    expect(usUa.byKind.financing).toEqual({ count: 2, usd: 2.2e9 });
    expect(usUa.strength).toBeCloseTo(3 + Math.log10(1 + 2200), 6);
  });

  it("drops actors without a country in the country view and pledges to oneself", () => {
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(["c:FR", "c:GB", "c:KR", "c:PK", "c:UA", "c:US"]);
    expect(graph.recordCount).toBe(8);
  });

  it("sizes nodes by the records they take part in and names them from their actor", () => {
    const ukraine = graph.nodes.find((n) => n.key === "c:UA")!;
    expect(ukraine).toMatchObject({ label: "Ukraine", short: "UA", href: "/actors/ukraine", involvement: 8, degree: 5 });
    expect(graph.nodes[0]!.key).toBe("c:UA");
    const korea = graph.nodes.find((n) => n.key === "c:KR")!;
    expect(korea).toMatchObject({ href: null, involvement: 1 });
    expect(korea.label).toBe("South Korea");
  });

  it("shows companies, organisations and alliances as their own nodes when asked", () => {
    const withOrgs = buildGraph(input, { ...defaultFilters, includeOrganisations: true });
    expect(withOrgs.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(["a:babcock", "a:dci", "a:nato"]));
    const babcockUa = edge(withOrgs, "a:babcock", "c:UA")!;
    expect(babcockUa.count).toBe(2);
    expect(babcockUa.href).toBe("/relationships/gb/ua");
    expect(edge(withOrgs, "a:nato", "c:UA")!.href).toBeNull();
    expect(edge(withOrgs, "c:GB", "c:UA")!.count).toBe(3);
  });

  it("filters by kind, status phase and year range", () => {
    const pledgesOnly = buildGraph(input, { ...defaultFilters, kinds: ["pledges"] });
    expect(pledgesOnly.edges.map((e) => `${e.key}=${e.count}`).sort()).toEqual(["c:GB|c:UA=1", "c:UA|c:US=1"]);
    const stopped = buildGraph(input, { ...defaultFilters, phases: ["stopped"] });
    expect(stopped.edges.map((e) => e.key)).toEqual(["c:UA|c:US"]);
    const in2022 = buildGraph(input, { ...defaultFilters, from: 2022, to: 2022 });
    expect(in2022.edges.map((e) => `${e.key}=${e.count}`).sort()).toEqual(["c:GB|c:UA=1", "c:UA|c:US=2"]);
    // An undated record is left out as soon as a year range is set.
    const from2020 = buildGraph(input, { ...defaultFilters, from: 2020 });
    expect(edge(from2020, "c:US", "c:UA")!.count).toBe(2);
  });

  it("filters by equipment category: any of an agreement's categories, a pledge's category; records without one leave", () => {
    const artillery = buildGraph(input, { ...defaultFilters, categories: ["ARTILLERY"] });
    expect(artillery.edges.map((e) => `${e.key}=${e.count}`).sort()).toEqual(["c:GB|c:UA=1", "c:KR|c:UA=1", "c:PK|c:UA=1"]);
    const drones = buildGraph(input, { ...defaultFilters, categories: ["DRONES"] });
    expect(drones.edges).toEqual([]);
  });

  it("finds the records behind a pair in either order", () => {
    expect(pairRecords(input, "ua", "gb")).toEqual({ agreementIds: [1, 2, 5], pledgeIds: [1] });
    expect(pairRecords(input, "GB", "UA")).toEqual(pairRecords(input, "ua", "gb"));
    expect(pairRecords(input, "kr", "pk")).toEqual({ agreementIds: [], pledgeIds: [] });
  });
});

describe("buildMatrix", () => {
  it("shows in each cell exactly the count of the edge, symmetrically", () => {
    const graph = buildGraph(input);
    const matrix = buildMatrix(graph);
    for (const e of graph.edges) {
      const i = matrix.nodes.findIndex((n) => n.key === e.source);
      const j = matrix.nodes.findIndex((n) => n.key === e.target);
      expect(matrix.rows[i]![j]!.count).toBe(e.count);
      expect(matrix.rows[j]![i]!.count).toBe(e.count);
    }
    const total = matrix.rows.flat().reduce((s, c) => s + c.count, 0);
    expect(total).toBe(2 * graph.edges.reduce((s, e) => s + e.count, 0));
    expect(matrix.rows.every((row, i) => row[i]!.count === 0)).toBe(true);
  });

  it("keeps the most involved nodes when there are too many", () => {
    const graph = buildGraph(syntheticGraphInput({ nodes: 60, edges: 200, extraRecords: 20 }));
    const matrix = buildMatrix(graph, 40);
    expect(matrix.nodes).toHaveLength(40);
    expect(matrix.omitted).toBe(20);
    expect(matrix.nodes.map((n) => n.key)).toEqual(graph.nodes.slice(0, 40).map((n) => n.key));
  });
});

describe("filters in the URL", () => {
  it("reads repeated and comma-separated values and round-trips them", () => {
    const { filters, problems } = parseFilters({
      type: ["industrial", "pledges"],
      status: "discussed,underway",
      from: "2023",
      to: "2024",
      category: "drones,AIR_DEFENCE",
      orgs: "1",
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      kinds: ["industrial", "pledges"],
      phases: ["discussed", "underway"],
      from: 2023,
      to: 2024,
      categories: ["DRONES", "AIR_DEFENCE"],
      includeOrganisations: true,
    });
    expect(filtersToQuery(filters)).toBe(
      "?type=industrial&type=pledges&status=discussed&status=underway&from=2023&to=2024&category=DRONES&category=AIR_DEFENCE&orgs=1",
    );
    expect(parseFilters(Object.fromEntries(new URLSearchParams(filtersToQuery(filters).slice(1)))).filters.from).toBe(2023);
  });

  it("ignores bad values with a sentence instead of failing", () => {
    const { filters, problems } = parseFilters({ type: "submarines", from: "last year", to: "1900" });
    expect(filters).toEqual(defaultFilters);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("submarines");
  });

  it("names an unknown category, and treats every category ticked as no category condition", () => {
    const unknown = parseFilters({ category: ["tanks", "artillery"] });
    expect(unknown.filters.categories).toEqual(["ARTILLERY"]);
    expect(unknown.problems[0]).toContain("tanks");
    const all = parseFilters({ category: EQUIPMENT_CATEGORIES.join(",") });
    expect(all.filters.categories).toEqual([]);
    expect(all.problems).toEqual([]);
  });

  it("swaps a reversed year range and says so", () => {
    const { filters, problems } = parseFilters({ from: "2025", to: "2022" });
    expect([filters.from, filters.to]).toEqual([2022, 2025]);
    expect(problems[0]).toContain("reversed");
  });

  it("leaves the default view without a query string", () => {
    expect(filtersToQuery(parseFilters({}).filters)).toBe("");
  });
});

describe("synthetic data", () => {
  it("gives exactly the requested nodes and edges, the same for the same seed", () => {
    const a = syntheticGraphInput();
    const graph = buildGraph(a);
    expect(graph.nodes).toHaveLength(200);
    expect(graph.edges).toHaveLength(2000);
    expect(JSON.stringify(syntheticGraphInput())).toBe(JSON.stringify(a));
  });
});
