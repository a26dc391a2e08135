import { describe, expect, it } from "vitest";
import { countryName, formatMoney, formatPartialDate, labelOf } from "@/lib/format";

describe("formatPartialDate", () => {
  it("shows a date with the precision it is known to", () => {
    expect(formatPartialDate("2023-02-08", "DAY")).toBe("8 Feb 2023");
    expect(formatPartialDate("2023-02-01", "MONTH")).toBe("Feb 2023");
    expect(formatPartialDate("2023-01-01", "YEAR")).toBe("2023");
  });
  it("shows ranges compactly", () => {
    expect(formatPartialDate("2022-09-27", "DAY", "2022-09-29")).toBe("27–29 Sep 2022");
    expect(formatPartialDate("2022-09-30", "DAY", "2022-10-02")).toBe("30 Sep – 2 Oct 2022");
    expect(formatPartialDate("2022-12-30", "DAY", "2023-01-02")).toBe("30 Dec 2022 – 2 Jan 2023");
  });
});

describe("formatMoney", () => {
  it("shows undisclosed values as undisclosed, never as 0", () => {
    expect(formatMoney({ disclosure: "UNDISCLOSED", amount: null, currency: null })).toBe("Undisclosed");
  });
  it("scales large amounts and keeps the original currency", () => {
    expect(formatMoney({ disclosure: "DISCLOSED", amount: "2200000000", currency: "USD" })).toBe("$2.2 billion");
    expect(formatMoney({ disclosure: "DISCLOSED", amount: "2290000000", currency: "EUR" })).toBe("€2.29 billion");
    expect(formatMoney({ disclosure: "DISCLOSED", amount: "700000000", currency: "CHF" })).toBe("CHF 700 million");
  });
});

describe("labels", () => {
  it("turns enum values into words", () => {
    expect(labelOf("LICENSED_PRODUCTION")).toBe("Licensed production");
    expect(countryName("GB")).toBe("United Kingdom");
  });
});
