import { describe, expect, it } from "vitest";
import { quoteOccursIn } from "@/lib/quotes";

const text = "DCI is 55% owned by the French state.\n\nComposed of 80%   ex-military personnel, DCI would be ready.";

describe("quoteOccursIn", () => {
  it("finds a verbatim quote, forgiving only whitespace", () => {
    expect(quoteOccursIn("DCI is 55% owned by the French state.", text)).toBe(true);
    expect(quoteOccursIn("Composed of 80% ex-military personnel", text)).toBe(true);
    expect(quoteOccursIn("state. Composed of", text)).toBe(true);
  });
  it("refuses a quote that differs in any word, case or punctuation", () => {
    expect(quoteOccursIn("DCI is 55 percent owned by the French state.", text)).toBe(false);
    expect(quoteOccursIn("dci is 55% owned by the French state.", text)).toBe(false);
    expect(quoteOccursIn("DCI is 55% owned by the French state!", text)).toBe(false);
    expect(quoteOccursIn("   ", text)).toBe(false);
  });
});
