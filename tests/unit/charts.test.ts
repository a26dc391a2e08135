import { describe, expect, it } from "vitest";
import { actorActivityByYear } from "@/lib/charts/actor-activity";
import {
  agreementsByStatus,
  agreementsByType,
  cooperationOverTime,
  pledgedValue,
  pledgeOutcomes,
  pledgesByDonorCountry,
  quarterOf,
  type AgreementFact,
  type PledgeFact,
} from "@/lib/charts/overview";
import { chartTable } from "@/lib/charts/types";

const actor = (slug: string, countryCode: string | null, kind = "COUNTRY") => ({ slug, name: slug.toUpperCase(), kind: kind as "COUNTRY", countryCode });
const undisclosed = { disclosure: "UNDISCLOSED" as const, amount: null, currency: null };

function pledge(slug: string, status: PledgeFact["status"], donor = actor("uk", "GB"), value: PledgeFact["value"] = undisclosed, usd: PledgeFact["usd"] = null): PledgeFact {
  return { slug, title: slug, status, donor, value, usd };
}

function deal(slug: string, type: AgreementFact["type"], status: AgreementFact["status"], date: string | null, precision: "DAY" | "MONTH" | "YEAR" = "MONTH"): AgreementFact {
  return { slug, type, status, startDate: date ? { date, precision } : null };
}

describe("pledges by donor country", () => {
  const pledges = [
    pledge("a", "PLEDGED"),
    pledge("b", "DELIVERED"),
    pledge("c", "PLEDGED", actor("dci", "FR", "COMPANY")),
    pledge("d", "REFUSED", actor("usa", "US")),
    pledge("e", "PLEDGED", actor("nato", null, "ALLIANCE")),
  ];
  const chart = pledgesByDonorCountry(pledges);

  it("counts a company's pledge for its home country and keeps a donor without a country as its own row", () => {
    expect(chart.rows.map((r) => [r.label, r.values])).toEqual([
      ["United Kingdom", { PLEDGED: 1, DELIVERED: 1, REFUSED: 0 }],
      ["France", { PLEDGED: 1, DELIVERED: 0, REFUSED: 0 }],
      ["NATO", { PLEDGED: 1, DELIVERED: 0, REFUSED: 0 }],
      ["United States", { PLEDGED: 0, DELIVERED: 0, REFUSED: 1 }],
    ]);
  });

  it("splits by the statuses present, in lifecycle order, and links rows and cells to the pledge list", () => {
    expect(chart.series.map((s) => s.key)).toEqual(["PLEDGED", "DELIVERED", "REFUSED"]);
    expect(chart.rows[0]!.href).toBe("/pledges?donor=GB");
    expect(chart.rows[0]!.cellHrefs!.DELIVERED).toBe("/pledges?donor=GB&status=DELIVERED");
    expect(chart.rows[2]!.href).toBe("/pledges?actor=nato");
  });

  it("gives a table (and so a CSV) with the same numbers and a total column", () => {
    const table = chartTable(chart);
    expect(table.header).toEqual(["Donor country", "Pledged", "Delivered", "Refused", "Total"]);
    expect(table.rows[0]).toEqual(["United Kingdom", 1, 1, 0, 2]);
    expect(table.rows.reduce((n, r) => n + (r.at(-1) as number), 0)).toBe(pledges.length);
  });
});

describe("agreement charts", () => {
  const deals = [deal("a", "TRAINING", "IN_TALKS", "2023-02-01"), deal("b", "TRAINING", "SIGNED", "2024-01-01", "YEAR"), deal("c", "EXPORT", "IN_TALKS", null)];

  it("counts agreements by type, largest first", () => {
    expect(agreementsByType(deals).rows.map((r) => [r.key, r.values.agreements, r.href])).toEqual([
      ["TRAINING", 2, "/deals?type=TRAINING"],
      ["EXPORT", 1, "/deals?type=EXPORT"],
    ]);
  });

  it("counts agreements by status in lifecycle order, leaving out statuses with none", () => {
    expect(agreementsByStatus(deals).rows.map((r) => [r.key, r.values.agreements])).toEqual([
      ["IN_TALKS", 2],
      ["SIGNED", 1],
    ]);
  });
});

describe("pledge outcomes", () => {
  it("shows every status, zero included, so 'delivered: 0' is visible", () => {
    const rows = pledgeOutcomes([pledge("a", "PLEDGED"), pledge("b", "REFUSED")]).rows;
    expect(rows.map((r) => [r.key, r.values.pledges])).toEqual([
      ["UNDER_DISCUSSION", 0],
      ["PLEDGED", 1],
      ["PARTIALLY_DELIVERED", 0],
      ["DELIVERED", 0],
      ["REFUSED", 1],
    ]);
  });
});

describe("cooperation over time", () => {
  it("places month- and day-precise dates in quarters and fills the quarters between with zeros", () => {
    const chart = cooperationOverTime(
      [deal("a", "TRAINING", "IN_TALKS", "2022-11-01"), deal("b", "EXPORT", "SIGNED", "2023-05-04", "DAY")],
      [{ slug: "e", date: { date: "2022-12-21", precision: "DAY" } }],
    );
    expect(chart.rows.map((r) => [r.key, r.values])).toEqual([
      ["2022-Q4", { agreements: 1, events: 1 }],
      ["2023-Q1", { agreements: 0, events: 0 }],
      ["2023-Q2", { agreements: 1, events: 0 }],
    ]);
    expect(chart.rows[0]!.cellHrefs).toEqual({ agreements: "/deals?from=2022-10&to=2022-12", events: "/timeline?from=2022-10&to=2022-12" });
  });

  it("says how many records dated only to a year, or not at all, it leaves out", () => {
    const chart = cooperationOverTime(
      [deal("a", "TRAINING", "IN_TALKS", "2024-01-01", "YEAR"), deal("b", "EXPORT", "SIGNED", null)],
      [{ slug: "e", date: { date: "2024-01-01", precision: "YEAR" } }, { slug: "f", date: { date: "2024-03-01", precision: "MONTH" } }],
    );
    expect(chart.rows.map((r) => r.key)).toEqual(["2024-Q1"]);
    expect(chart.rows[0]!.values).toEqual({ agreements: 0, events: 1 });
    expect(chart.notes).toContain("Left out because they are dated only to a year: 1 agreement and 1 event.");
    expect(chart.notes).toContain("Left out because they have no date: 1 agreement.");
  });

  it("has no quarter for a year-only date", () => {
    expect(quarterOf({ date: "2023-01-01", precision: "YEAR" })).toBeNull();
    expect(quarterOf({ date: "2023-12-01", precision: "MONTH" })).toBe("2023-Q4");
  });
});

describe("known pledged value", () => {
  const usd = (amount: string) => ({ amount, rate: "1", rateDate: "2023-02-01", rateSource: "Same currency" });
  const eur = { amount: "1080000000", rate: "1.08", rateDate: "2023-02-01", rateSource: "ECB reference rate" };
  const pledges = [
    pledge("a", "PLEDGED", undefined, { disclosure: "DISCLOSED", amount: "2000000000", currency: "USD" }, usd("2000000000")),
    pledge("b", "DELIVERED", undefined, { disclosure: "DISCLOSED", amount: "1000000000", currency: "EUR" }, eur),
    pledge("c", "PLEDGED"),
    pledge("d", "REFUSED", undefined, { disclosure: "DISCLOSED", amount: "5", currency: "USD" }, usd("5")),
    pledge("e", "UNDER_DISCUSSION", undefined, { disclosure: "DISCLOSED", amount: "7", currency: "USD" }, usd("7")),
    pledge("f", "PLEDGED", undefined, { disclosure: "NOT_APPLICABLE", amount: null, currency: null }),
  ];

  it("sums the USD normalisations of what was promised, leaving out refusals and offers", () => {
    const value = pledgedValue(pledges);
    expect(value.usdTotal).toBe(3_080_000_000);
    expect(value.counted.map((p) => p.slug)).toEqual(["a", "b"]);
  });

  it("counts undisclosed values apart instead of adding them as 0", () => {
    const value = pledgedValue(pledges);
    expect(value.undisclosed.map((p) => p.slug)).toEqual(["c"]);
    expect(value.notApplicable.map((p) => p.slug)).toEqual(["f"]);
  });
});

describe("an actor's activity chart", () => {
  it("counts deals, pledges and events per year, oldest year first, and notes undated records", () => {
    const chart = actorActivityByYear(
      { slug: "dci", name: "DCI" },
      {
        deals: [{ date: { date: "2024-11-01", precision: "MONTH" } }],
        pledges: [{ date: { date: "2024-01-01", precision: "YEAR" } }, { date: null }],
        events: [{ date: { date: "2023-02-08", precision: "DAY" } }],
      },
    );
    expect(chart.rows.map((r) => [r.key, r.values])).toEqual([
      ["2023", { deals: 0, pledges: 0, events: 1 }],
      ["2024", { deals: 1, pledges: 1, events: 0 }],
    ]);
    expect(chart.rows[1]!.cellHrefs!.events).toBe("/timeline?actor=dci&year=2024");
    expect(chart.notes).toEqual(["1 record has no date and is not counted."]);
  });
});
