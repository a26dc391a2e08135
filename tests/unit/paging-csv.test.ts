import { describe, expect, it } from "vitest";
import { clampPage, pageLinks } from "@/lib/data/paging";

describe("numbered pages", () => {
  it("clamps a page past the end to the last page, and an empty list to page 1", () => {
    expect(clampPage(18, { page: 5, per: 10 })).toEqual({ page: 2, pageCount: 2, skip: 10 });
    expect(clampPage(0, { page: 3, per: 25 })).toEqual({ page: 1, pageCount: 1, skip: 0 });
  });

  it("offers the first, last and neighbouring pages with gaps between", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageLinks(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });
});

// The CSV writer and its formula policy: tests/unit/csv.test.ts and tests/unit/security-csv.test.ts.
