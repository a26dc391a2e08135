import { describe, expect, it } from "vitest";
import { actorLinkSchema } from "@/lib/schemas/actor";
import { agreementSeedSchema } from "@/lib/schemas/agreement";
import { countryCodeSchema, moneySchema, parsePartialDate, partialDateSchema, slugSchema } from "@/lib/schemas/common";
import { pledgeSeedSchema } from "@/lib/schemas/pledge";
import { agreementQuerySchema, decodeCursor, encodeCursor } from "@/lib/schemas/query";

const cite = [{ source: "some-source", quote: "a verbatim quote" }];

describe("partial dates", () => {
  it("reads the precision off the written form", () => {
    expect(parsePartialDate("2023-02-08")).toEqual({ date: new Date("2023-02-08T00:00:00Z"), precision: "DAY" });
    expect(parsePartialDate("2023-02")).toEqual({ date: new Date("2023-02-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate("2023")).toEqual({ date: new Date("2023-01-01T00:00:00Z"), precision: "YEAR" });
  });
  it("refuses dates that are not on the calendar", () => {
    expect(partialDateSchema.safeParse("2023-02-30").success).toBe(false);
    expect(partialDateSchema.safeParse("2023-13").success).toBe(false);
    expect(partialDateSchema.safeParse("8 Feb 2023").success).toBe(false);
  });
});

describe("money", () => {
  it("accepts a disclosed amount with a currency and an undisclosed value with neither", () => {
    expect(moneySchema.safeParse({ disclosure: "DISCLOSED", amount: "2200000000", currency: "USD" }).success).toBe(true);
    expect(moneySchema.safeParse({ disclosure: "UNDISCLOSED" }).success).toBe(true);
  });
  it("refuses a disclosed value without an amount, and an undisclosed value that carries one", () => {
    const missing = moneySchema.safeParse({ disclosure: "DISCLOSED", currency: "USD" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(["amount"]);
    expect(moneySchema.safeParse({ disclosure: "UNDISCLOSED", amount: "0", currency: "USD" }).success).toBe(false);
  });
  it("refuses negative amounts and lower-case currencies", () => {
    expect(moneySchema.safeParse({ disclosure: "DISCLOSED", amount: "-5", currency: "USD" }).success).toBe(false);
    expect(moneySchema.safeParse({ disclosure: "DISCLOSED", amount: "5", currency: "usd" }).success).toBe(false);
  });
});

describe("identifiers", () => {
  it("accepts kebab-case slugs only", () => {
    expect(slugSchema.safeParse("uk-ukraine-licensed-production").success).toBe(true);
    expect(slugSchema.safeParse("UK Ukraine").success).toBe(false);
    expect(slugSchema.safeParse("double--hyphen").success).toBe(false);
  });
  it("accepts real ISO 3166-1 alpha-2 codes only", () => {
    expect(countryCodeSchema.safeParse("GB").success).toBe(true);
    expect(countryCodeSchema.safeParse("UA").success).toBe(true);
    expect(countryCodeSchema.safeParse("UK").success).toBe(false);
    expect(countryCodeSchema.safeParse("gb").success).toBe(false);
  });
});

describe("record rules", () => {
  const agreement = {
    slug: "a-deal",
    title: "A deal title",
    summary: "A summary that is long enough to pass.",
    type: "LICENSED_PRODUCTION",
    status: "SIGNED",
    confidence: "REPORTED",
    value: { disclosure: "UNDISCLOSED" },
    parties: [{ actor: "ukraine", role: "LICENSEE" }],
    statusHistory: [{ status: "IN_TALKS", date: "2023-02", citations: cite }],
    citations: cite,
  };
  it("requires the current status to be the last status-history entry", () => {
    const result = agreementSeedSchema.safeParse(agreement);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["status"]);
    expect(agreementSeedSchema.safeParse({ ...agreement, status: "IN_TALKS" }).success).toBe(true);
  });
  it("requires at least one citation on every record", () => {
    expect(agreementSeedSchema.safeParse({ ...agreement, status: "IN_TALKS", citations: [] }).success).toBe(false);
  });
  it("only lets OWNS links carry a share, of at most 100 %", () => {
    expect(actorLinkSchema.safeParse({ from: "france", to: "dci", type: "OWNS", sharePercent: "55" }).success).toBe(true);
    expect(actorLinkSchema.safeParse({ from: "france", to: "dci", type: "OWNS", sharePercent: "155" }).success).toBe(false);
    expect(actorLinkSchema.safeParse({ from: "france", to: "nato", type: "MEMBER_OF", sharePercent: "5" }).success).toBe(false);
    expect(actorLinkSchema.safeParse({ from: "france", to: "france", type: "MEMBER_OF" }).success).toBe(false);
  });
  it("refuses a negative pledge quantity and a quantity without a unit", () => {
    const pledge = {
      slug: "a-pledge",
      title: "A pledge",
      donor: "united-kingdom",
      recipients: ["ukraine"],
      kind: "EQUIPMENT",
      item: "Tanks",
      value: { disclosure: "UNDISCLOSED" },
      status: "PLEDGED",
      confidence: "CONFIRMED",
      citations: cite,
    };
    expect(pledgeSeedSchema.safeParse({ ...pledge, quantity: "14", unit: "tanks" }).success).toBe(true);
    expect(pledgeSeedSchema.safeParse({ ...pledge, quantity: "-14", unit: "tanks" }).success).toBe(false);
    expect(pledgeSeedSchema.safeParse({ ...pledge, quantity: "14" }).success).toBe(false);
  });
});

describe("API query parameters", () => {
  it("parses lists, countries and dates and applies the default limit", () => {
    const q = agreementQuerySchema.parse({ type: "licensed_production,joint_venture", country: "gb", from: "2023", to: "2023-02" });
    expect(q.type).toEqual(["LICENSED_PRODUCTION", "JOINT_VENTURE"]);
    expect(q.country).toBe("GB");
    expect(q.limit).toBe(50);
    expect(q.from?.toISOString()).toBe("2023-01-01T00:00:00.000Z");
    expect(q.to?.toISOString()).toBe("2023-02-28T23:59:59.999Z");
  });
  it("refuses unknown parameters, out-of-range limits and unknown enum values", () => {
    expect(agreementQuerySchema.safeParse({ colour: "red" }).success).toBe(false);
    expect(agreementQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(agreementQuerySchema.safeParse({ limit: "201" }).success).toBe(false);
    expect(agreementQuerySchema.safeParse({ status: "MAYBE" }).success).toBe(false);
  });
  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42);
    expect(decodeCursor("bm9wZQ")).toBeNull();
    expect(agreementQuerySchema.safeParse({ cursor: "bm9wZQ" }).success).toBe(false);
  });
});
