import { describe, expect, it } from "vitest";
import { SeedError, validateDataset } from "@/lib/seed/dataset";
import { dataset } from "@/seeds/index";

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe("the seed dataset", () => {
  it("is valid: schemas, references and every quote verbatim in its article", async () => {
    const { data } = await validateDataset(dataset);
    expect(data.sources).toHaveLength(5);
    expect(data.actors.length).toBeGreaterThan(0);
  });

  it("cites every record at least once", async () => {
    const { data } = await validateDataset(dataset);
    for (const list of [data.actors, data.actorLinks, data.agreements, data.pledges, data.events]) {
      for (const record of list) expect(record.citations.length).toBeGreaterThan(0);
    }
  });

  it("refuses a quote that is not in the article, naming the record and the field", async () => {
    const bad = clone(dataset);
    bad.agreements[0]!.citations[0]!.quote = "British firms signed a binding contract worth ten billion pounds.";
    const error = await validateDataset(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toContain(`agreements "${bad.agreements[0]!.slug}", field citations[0].quote`);
    expect((error as SeedError).message).toContain("does not occur verbatim");
  });

  it("refuses a reference to an actor that does not exist", async () => {
    const bad = clone(dataset);
    bad.pledges[0]!.donor = "atlantis";
    await expect(validateDataset(bad)).rejects.toThrow(/pledges ".+", field donor: No actor has the slug "atlantis"/);
  });

  it("refuses a schema violation, naming the record and the field", async () => {
    const bad = clone(dataset);
    bad.actors[0]!.countryCode = "UK";
    await expect(validateDataset(bad)).rejects.toThrow(new RegExp(`actors "${bad.actors[0]!.slug}", field countryCode`));
  });
});
