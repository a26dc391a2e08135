import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvLine, csvList } from "@/lib/export/csv";

const csvField = (value: Parameters<typeof csvLine>[0][number]) => csvLine([value]).replace(/\r\n$/, "");
const csvRow = csvLine;
import { csvColumns, csvEntities } from "@/lib/export/columns";

describe("CSV escaping (RFC 4180)", () => {
  it("leaves plain values alone and writes empty cells for null and undefined", () => {
    expect(csvField("uk-ukraine")).toBe("uk-ukraine");
    expect(csvField(2200000000)).toBe("2200000000");
    expect(csvField(false)).toBe("false");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("Paris, France")).toBe('"Paris, France"');
    expect(csvField('a "hard core" of allies')).toBe('"a ""hard core"" of allies"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });

  it("round-trips awkward text through a CSV parser", () => {
    const awkward = ['He said, "no"', "multi\nline\r\ntext", "", "Défense Conseil — Україна 🇺🇦", '""', ",", "trailing space ", " leading"];
    const text = csvRow(["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"]) + csvRow(awkward);
    expect(parse(text)).toEqual([["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"], awkward]);
  });

  it("joins lists with semicolons", () => {
    expect(csvList(["GB", "UA"])).toBe("GB;UA");
    expect(csvList(undefined)).toBe("");
  });

  it("documents every column of every CSV, with unique names", () => {
    for (const entity of csvEntities) {
      const names = csvColumns[entity].map((c) => c.name);
      expect(new Set(names).size, entity).toBe(names.length);
      for (const column of csvColumns[entity]) expect(column.description.length, `${entity}.${column.name}`).toBeGreaterThan(3);
    }
  });
});
