import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/ingest/dates";
import { parsePublished } from "@/lib/ingest/analyse";
import { segment } from "@/lib/ingest/text";

function dates(text: string, published?: string) {
  return findDates(text, segment(text).sentences, parsePublished(published)).dates.map((d) => ({ quote: d.quote, date: d.date, precision: d.precision, endDate: d.endDate, inferred: d.inferred }));
}

describe("dates in defence news", () => {
  it("reads an absolute date with its day precision, not inferred", () => {
    expect(dates("The deal was signed on 17 February 2024 in Munich.", "2024-02-20")).toContainEqual({ quote: "on 17 February 2024", date: "2024-02-17", precision: "DAY", endDate: undefined, inferred: false });
  });

  it("keeps a partial date partial: a month, a bare year", () => {
    const found = dates("Deliveries began in June 2024 and will continue into 2025.", "2024-09-01");
    expect(found).toContainEqual(expect.objectContaining({ date: "2024-06", precision: "MONTH", inferred: false }));
    expect(found).toContainEqual(expect.objectContaining({ date: "2025", precision: "YEAR", inferred: false }));
  });

  it("reads a range '27–29 September' with its end date and infers the year from the publication date", () => {
    expect(dates("Ministers meet on 27–29 September in Brussels.", "2022-09-20")).toContainEqual(
      expect.objectContaining({ date: "2022-09-27", endDate: "2022-09-29", precision: "DAY", inferred: true }),
    );
  });

  it("gives a month printed without a year the latest such month before publication (past tense)", () => {
    expect(dates("Macron said in June that Russia should not be humiliated.", "2023-02-15")).toContainEqual(expect.objectContaining({ date: "2022-06", inferred: true }));
  });

  it("gives it the next such date when the sentence speaks of the future", () => {
    expect(dates("The ministers will meet on March 3 in Vilnius.", "2024-11-20")).toContainEqual(expect.objectContaining({ date: "2025-03-03", inferred: true }));
  });

  it("resolves 'on Saturday', 'last week', 'last year' against the publication date, marked inferred", () => {
    const found = dates("The minister said on Saturday that the plant opened last week. Production started last year.", "2024-03-13");
    expect(found).toContainEqual(expect.objectContaining({ quote: "on Saturday", date: "2024-03-09", precision: "DAY", inferred: true }));
    expect(found).toContainEqual(expect.objectContaining({ quote: "last week", date: "2024-03", precision: "MONTH", inferred: true }));
    expect(found).toContainEqual(expect.objectContaining({ quote: "last year", date: "2023", precision: "YEAR", inferred: true }));
  });

  it("reads 'until Sunday' forward and 'on Monday' after a past verb backward", () => {
    const found = dates("Officials said on Monday that the fair runs until Sunday.", "2024-02-14");
    expect(found).toContainEqual(expect.objectContaining({ date: "2024-02-12" }));
    expect(found).toContainEqual(expect.objectContaining({ date: "2024-02-18" }));
  });

  it("does not invent a day when the publication date is known only to the month", () => {
    expect(dates("He warned on Monday that stocks were low.", "2023-02")).toContainEqual(expect.objectContaining({ date: "2023-02", precision: "MONTH", inferred: true }));
  });

  it("keeps 'end of April' at month precision", () => {
    expect(dates("A credit line was opened at the end of April.", "2022-09")).toContainEqual(expect.objectContaining({ date: "2022-04", precision: "MONTH" }));
  });

  it("reads 'on the 28th' in the month of the date before it", () => {
    expect(dates("Talks open on September 27 and close on the 28th.", "2022-09")).toContainEqual(expect.objectContaining({ quote: "on the 28th", date: "2022-09-28" }));
  });

  it("leaves out dates without a year when no publication date is given, and says so", () => {
    const text = "The visit took place on February 8.";
    const result = findDates(text, segment(text).sentences, undefined);
    expect(result.dates).toHaveLength(0);
    expect(result.warnings.join(" ")).toMatch(/publication date/);
  });
});
