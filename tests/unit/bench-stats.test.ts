import { describe, expect, it } from "vitest";
import { percentile, slope, table } from "@/lib/bench/stats";

describe("benchmark statistics", () => {
  it("computes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([], 95)).toBe(0);
  });
  it("computes a least-squares slope", () => {
    expect(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBeCloseTo(2);
    expect(slope([{ x: 0, y: 4 }, { x: 1, y: 4 }])).toBe(0);
  });
  it("aligns a text table", () => {
    expect(table([{ a: "x", b: 10 }, { a: "long", b: 2 }]).split("\n")[0]).toBe("a     b ");
  });
});
