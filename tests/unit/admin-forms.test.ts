import { describe, expect, it } from "vitest";
import { currentStatus } from "@/lib/admin/entities/agreement";
import { safeAdminPath } from "@/lib/admin/paths";
import { quoteMismatch } from "@/lib/admin/records";
import { slugify } from "@/lib/admin/slug";
import { diffValues, fieldErrorsOf, flatten, labelPath, parseFormData, pruneEmpty, withSuggestedSlug } from "@/lib/admin/values";
import { slugSchema } from "@/lib/schemas/common";
import { agreementFormSchema } from "@/lib/admin/entities/agreement";

function fd(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("parseFormData", () => {
  it("builds rows from dotted names, closes gaps left by removed rows, and skips control fields", () => {
    const values = parseFormData(
      fd([
        ["_id", "4"],
        ["$ACTION_ID_x", ""],
        ["title", "A"],
        ["parties.0.actorId", "1"],
        ["parties.2.actorId", "3"],
        ["parties.2.citations.0.quote", "q"],
        ["value.disclosure", "UNDISCLOSED"],
      ]),
    );
    expect(values).toEqual({ title: "A", parties: [{ actorId: "1" }, { actorId: "3", citations: [{ quote: "q" }] }], value: { disclosure: "UNDISCLOSED" } });
  });

  it("keeps repeated names as lists only for list fields; for a checkbox pair the last value wins", () => {
    const values = parseFormData(fd([["categories", "DRONES"], ["categories", "MISSILES"], ["dateInferred", "no"], ["dateInferred", "yes"]]), new Set(["categories"]));
    expect(values).toEqual({ categories: ["DRONES", "MISSILES"], dateInferred: "yes" });
  });
});

describe("pruneEmpty", () => {
  it("drops empty strings and wholly empty groups but keeps rows where the user sees them", () => {
    expect(pruneEmpty({ a: "", b: " x ", usd: { amount: "", rate: "" }, rows: [{ q: "" }, { q: "y" }] }, true)).toEqual({
      a: undefined,
      b: " x ",
      usd: undefined,
      rows: [{ q: undefined }, { q: "y" }],
    });
  });
});

describe("diffValues", () => {
  it("lists changed fields in reading order, ignoring row ids", () => {
    const before = { title: "A", parties: [{ id: "1", role: "HOST" }], categories: ["DRONES"] };
    const after = { title: "B", parties: [{ id: "9", role: "HOST" }, { role: "PARTNER" }], categories: ["DRONES", "MISSILES"] };
    expect(diffValues(before, after)).toEqual([
      { path: "categories", before: "DRONES", after: "DRONES, MISSILES" },
      { path: "parties.1.role", before: "", after: "PARTNER" },
      { path: "title", before: "A", after: "B" },
    ]);
    expect(flatten({ parties: [{ citations: [{ quote: "q" }] }] }).get("parties.0.citations.0.quote")).toBe("q");
  });

  it("labels paths for people", () => {
    expect(labelPath("parties.1.citations.0.quote")).toBe("Party 2 · Citation 1 · Quote");
    expect(labelPath("statusHistory.0.dateInferred")).toBe("Status entry 1 · Date inferred");
    expect(labelPath("workCountryCodes", { workCountryCodes: "Work countries" })).toBe("Work countries");
  });
});

describe("agreement form schema", () => {
  const base = {
    published: "yes",
    slug: "a-deal",
    title: "A deal title",
    summary: "A summary that is long enough to pass.",
    type: "JOINT_VENTURE",
    confidence: "REPORTED",
    value: { disclosure: "UNDISCLOSED" },
    parties: [{ actorId: "1", role: "PARTNER" }],
    statusHistory: [
      { status: "SIGNED", date: "2024-05" },
      { status: "ANNOUNCED", date: "2024-02-10" },
    ],
    citations: [{ sourceId: "2", quote: "a quote long enough" }],
  };

  it("parses form strings into the document; the current status is the latest entry's", () => {
    const doc = agreementFormSchema.parse(pruneEmpty({ ...base, workCountryCodes: "ua, PL" }, true));
    expect(doc.published).toBe(true);
    expect(doc.workCountryCodes).toEqual(["UA", "PL"]);
    expect(doc.parties[0]!.actorId).toBe(1);
    expect(currentStatus(doc)).toBe("SIGNED");
  });

  it("needs a citation to publish, not to save a draft, and refuses the same party twice", () => {
    const noCitation = { ...base, citations: [] };
    const published = agreementFormSchema.safeParse(pruneEmpty(noCitation, true));
    expect(published.success).toBe(false);
    expect(fieldErrorsOf(published.error!.issues).citations).toMatch(/published record needs at least one citation/);
    expect(agreementFormSchema.safeParse(pruneEmpty({ ...noCitation, published: "no" }, true)).success).toBe(true);
    const twice = agreementFormSchema.safeParse(pruneEmpty({ ...base, parties: [base.parties[0], base.parties[0]] }, true));
    expect(fieldErrorsOf(twice.error!.issues)["parties.1.role"]).toMatch(/already has this role/);
  });

  it("reports a missing actor and a bad date at the row's field", () => {
    const result = agreementFormSchema.safeParse(pruneEmpty({ ...base, parties: [{ actorId: "", role: "PARTNER" }], statusHistory: [{ status: "SIGNED", date: "2024-13" }] }, true));
    const errors = fieldErrorsOf(result.error!.issues);
    expect(errors["parties.0.actorId"]).toBe("Choose an actor.");
    expect(errors["statusHistory.0.date"]).toMatch(/real calendar date/);
  });
});

describe("slugs, redirects and quotes", () => {
  it("suggests slugs from titles", () => {
    expect(slugify("UK–Ukraine: licensed production (2023)")).toBe("uk-ukraine-licensed-production-2023");
    expect(slugify("Défense & Sécurité")).toBe("defense-and-securite");
  });

  it("only follows ?next= inside /admin", () => {
    expect(safeAdminPath("/admin/agreements/3")).toBe("/admin/agreements/3");
    expect(safeAdminPath("https://evil.example")).toBe("/admin");
    expect(safeAdminPath("//evil.example")).toBe("/admin");
    expect(safeAdminPath("/administrator")).toBe("/admin");
    expect(safeAdminPath(undefined)).toBe("/admin");
  });

  it("says where a quote departs from the source", () => {
    const text = "The quick brown fox jumps over the lazy dog near the river bank.";
    expect(quoteMismatch("The quick brown fox jumps over the lazy cat", "T", text)).toMatch(/matches up to "….*over the lazy "/);
    expect(quoteMismatch("Nothing like it", "T", text)).not.toMatch(/matches up to/);
  });
});

describe("a blank slug", () => {
  it("takes the suggestion from the title or name, as the form does while typing", () => {
    expect(withSuggestedSlug({ slug: "", title: "UK–Ukraine: drones (2024)" }).slug).toBe("uk-ukraine-drones-2024");
    expect(withSuggestedSlug({ slug: "", name: "Rheinmetall AG" }).slug).toBe("rheinmetall-ag");
    expect(withSuggestedSlug({ slug: "kept", title: "Other" }).slug).toBe("kept");
    expect(withSuggestedSlug({ slug: "", title: "" }).slug).toBe("");
    expect(withSuggestedSlug({ quote: "no slug field" })).not.toHaveProperty("slug");
  });

  it("left without a title is refused with a message saying what to write", () => {
    const result = slugSchema.safeParse(undefined);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/^Give the record an address/);
  });
});
