import { describe, expect, it } from "vitest";
import { analyse } from "./helpers";

const actor = (text: string, slugOrName: string) => analyse(text).actors.find((a) => a.slug === slugOrName || a.name === slugOrName);

describe("actors", () => {
  it("matches existing actors by name and alias ('Britain' is the United Kingdom, 'DCI' the company)", () => {
    const p = analyse("Britain and DCI signed a training contract.");
    expect(p.actors.map((a) => a.slug)).toEqual(expect.arrayContaining(["united-kingdom", "defense-conseil-international"]));
    expect(p.actors.find((a) => a.slug === "united-kingdom")!.existing).toBe(true);
  });

  it("reads a capital as its government when it acts, and as a place where things happen", () => {
    const acting = actor("Kyiv wants more shells, and Washington's priorities have changed.", "ukraine")!;
    expect(acting.mentions[0]!.metonymy).toBe(true);
    expect(actor("Kyiv wants more shells, and Washington's priorities have changed.", "united-states")).toBeDefined();
    const p = analyse("Zelensky met Rishi Sunak in London on February 8.");
    expect(p.actors.some((a) => a.slug === "united-kingdom")).toBe(false);
    expect(p.extracted.places).toContainEqual(expect.objectContaining({ quote: "London", countryCode: "GB" }));
  });

  it("proposes new actors with their kind and country from how the text introduces them", () => {
    const p = analyse(
      "German arms maker Rheinmetall and Ukraine's Ministry of Strategic Industries signed the deal, German Chancellor Olaf Scholz said. Czechoslovak Group (CSG), the Czech industrial holding, will supply shells.",
    );
    const byName = (n: string) => p.actors.find((a) => a.name === n);
    expect(byName("Rheinmetall")).toMatchObject({ existing: false, kind: "COMPANY", countryCode: "DE" });
    expect(byName("Ministry of Strategic Industries of Ukraine")).toMatchObject({ kind: "GOVERNMENT_BODY", countryCode: "UA" });
    expect(byName("Olaf Scholz")).toMatchObject({ kind: "PERSON", countryCode: "DE", title: "Chancellor" });
    expect(byName("Czechoslovak Group")).toMatchObject({ kind: "COMPANY", countryCode: "CZ" });
    expect(byName("Czechoslovak Group")!.aliases).toContain("CSG");
    expect(p.actorLinks).toContainEqual(expect.objectContaining({ type: "HOLDS_OFFICE_IN", to: "germany", role: "Chancellor" }));
  });

  it("matches a person's name across transliterations (Zelenskiy is Zelensky)", () => {
    expect(actor("Ukrainian President Volodymyr Zelenskiy attended.", "volodymyr-zelensky")).toBeDefined();
  });

  it("does not take a shared name ('Ministry of Defence') for another country's body", () => {
    const p = analyse("The UK's Ministry of Defence said Britain will send more shells to Ukraine.");
    expect(p.actors.some((a) => a.slug === "french-ministry-armed-forces")).toBe(false);
  });

  it("reads an ownership share as a link", () => {
    const p = analyse("DCI is 55% owned by the French state.");
    expect(p.actorLinks).toContainEqual(expect.objectContaining({ from: "france", to: "defense-conseil-international", type: "OWNS", sharePercent: "55" }));
  });

  it("leaves photo credits and Cyrillic site footers out", () => {
    const p = analyse("Zelensky visits London © AFP\nЦей сайт використовує Cookies. Читати більше");
    expect(p.actors.some((a) => a.name === "Agence France-Presse")).toBe(false);
    expect(p.extracted.sentences).toHaveLength(1);
  });
});
