import { describe, expect, it } from "vitest";
import { findMoney, findQuantities, findShares } from "@/lib/ingest/amounts";
import { segment } from "@/lib/ingest/text";

const money = (text: string) => findMoney(text, segment(text).sentences).map(({ quote, amount, amountMax, currency, qualifier }) => ({ quote, amount, amountMax, currency, qualifier }));
const quantities = (text: string) => {
  const sentences = segment(text).sentences;
  return findQuantities(text, sentences, findMoney(text, sentences), []).map(({ quantity, qualifier, unit, item, category }) => ({ quantity, qualifier, unit, item, category }));
};

describe("amounts of money", () => {
  it("reads the qualifier: 'more than' is a lower bound, 'about' an estimate, 'up to' a ceiling", () => {
    expect(money("A credit line of more than $700 million was opened.")[0]).toMatchObject({ amount: "700000000", currency: "USD", qualifier: "AT_LEAST" });
    expect(money("The howitzers cost about $28 million.")[0]).toMatchObject({ amount: "28000000", currency: "USD", qualifier: "ABOUT" });
    expect(money("The UK will provide up to £500 million.")[0]).toMatchObject({ amount: "500000000", currency: "GBP", qualifier: "UP_TO" });
  });

  it("reads symbols, codes, abbreviations and words for currencies", () => {
    expect(money("The EU adds €2.2 billion.")[0]).toMatchObject({ amount: "2200000000", currency: "EUR", qualifier: "EXACT" });
    expect(money("London pledged £2.3bn this year.")[0]).toMatchObject({ amount: "2300000000", currency: "GBP" });
    expect(money("Revenues reached EUR 4.5 billion.")[0]).toMatchObject({ amount: "4500000000", currency: "EUR" });
    expect(money("Norway gives 1 billion Norwegian kroner.")[0]).toMatchObject({ amount: "1000000000", currency: "NOK" });
    expect(money("Two billion dollars worth of weapons.")[0]).toMatchObject({ amount: "2000000000", currency: "USD" });
    expect(money("Some $ 2.2 billion (2.29 billion euros) was unlocked.")).toEqual([
      expect.objectContaining({ amount: "2200000000", currency: "USD", qualifier: "ABOUT" }),
      expect.objectContaining({ amount: "2290000000", currency: "EUR" }),
    ]);
  });

  it("reads a range", () => {
    expect(money("The package is worth $1-2 billion.")[0]).toMatchObject({ amount: "1000000000", amountMax: "2000000000", qualifier: "RANGE" });
  });
});

describe("shares and quantities", () => {
  it("reads ownership shares as percentages", () => {
    const text = "Rheinmetall will hold 51% of the venture; DCI is 55 percent owned by the state.";
    expect(findShares(text, segment(text).sentences).map((s) => s.percent)).toEqual(["51", "55"]);
  });

  it("reads counted items with their unit, item and category", () => {
    expect(quantities("Denmark funded 18 Bohdana self-propelled howitzers.")[0]).toEqual({ quantity: "18", qualifier: "EXACT", unit: "howitzers", item: "Bohdana self-propelled howitzers", category: "ARTILLERY" });
    expect(quantities("London promised 14 Challenger 2 tanks.")[0]).toMatchObject({ quantity: "14", unit: "tanks", item: "Challenger 2 tanks", category: "ARMOURED_VEHICLES" });
    expect(quantities("More than 40 vehicles were repaired.")[0]).toMatchObject({ quantity: "40", qualifier: "AT_LEAST" });
  });

  it("reads an item named without a number, and vague counts as lower bounds", () => {
    expect(quantities("The plant will make 155mm shells.")[0]).toMatchObject({ quantity: undefined, unit: "shells", category: "AMMUNITION" });
    expect(quantities("It will supply tens of thousands of 155 mm artillery rounds.")[0]).toMatchObject({ quantity: "10000", qualifier: "AT_LEAST", unit: "rounds" });
  });

  it("does not count the number in a model name or a year as a quantity", () => {
    expect(quantities("The T-72 tanks were upgraded.").some((q) => q.quantity === "72")).toBe(false);
    expect(quantities("Germany sent Leopard 2 tanks.").some((q) => q.quantity === "2")).toBe(false);
  });
});
