// The cite box never bakes a date of access into HTML that the cache serves for weeks (issue 12, item 8).
import { describe, expect, it } from "vitest";
import { ACCESS_DATE_PLACEHOLDER, formatApa, formatChicago } from "@/lib/citation";

describe("citations without a known date of access", () => {
  const page = { title: "A deal", url: "https://tracker.example/d/1", updatedAt: "2026-03-03T10:00:00.000Z", accessedAt: null };

  it("say where the reader's date goes instead of inventing one", () => {
    expect(formatApa(page)).toBe(`Ukraine Defence Cooperation Tracker. (2026, March 3). A deal. Retrieved ${ACCESS_DATE_PLACEHOLDER}, from https://tracker.example/d/1`);
    expect(formatChicago(page)).toContain(`Accessed ${ACCESS_DATE_PLACEHOLDER}. https://tracker.example/d/1.`);
  });

  it("use the reader's date once known", () => {
    expect(formatChicago({ ...page, accessedAt: "2026-12-24" })).toContain("Accessed December 24, 2026.");
  });
});
