import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";
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

describe("CSV", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('He said "yes", then left')).toBe('"He said ""yes"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });

  it("defuses text a spreadsheet would run as a formula, but leaves numbers alone", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(csvCell(-3)).toBe("-3");
  });
});
