import { describe, expect, it } from "vitest";
import { sourcesOf } from "@/lib/data/agreement-page";
import { dateConflicts, lifecycleSteps } from "@/lib/deals/lifecycle";
import { countDeals, rankRelatedDeals } from "@/lib/deals/related";
import { escapeHtml } from "@/lib/embed/html";
import { serializeJsonLd } from "@/lib/seo/deal-json-ld";

const party = (slug: string) => ({ slug, name: slug });

describe("related deals", () => {
  const current = { slug: "uk-licence", parties: [party("ukraine"), party("united-kingdom")], categories: ["ARTILLERY"] };
  const deal = (slug: string, parties: string[], categories: string[] = [], startDate: string | null = null) => ({
    slug,
    parties: parties.map(party),
    categories,
    startDate,
  });

  it("ranks a deal sharing a rare party above deals sharing only a party every deal has", () => {
    const ranked = rankRelatedDeals(current, [
      deal("ua-a", ["ukraine"]),
      deal("ua-b", ["ukraine"]),
      deal("uk-training", ["ukraine", "united-kingdom"]),
      deal("ua-c", ["ukraine"]),
    ]);
    expect(ranked[0]!.deal.slug).toBe("uk-training");
    expect(ranked[0]!.sharedParties.map((p) => p.slug)).toEqual(["ukraine", "united-kingdom"]);
  });

  it("counts a shared equipment category, leaves out deals sharing nothing and the deal itself, and stops at the limit", () => {
    const ranked = rankRelatedDeals(
      current,
      [deal("uk-licence", ["ukraine"]), deal("guns", ["france"], ["ARTILLERY"]), deal("other", ["france"], ["DRONES"]), ...["a", "b", "c", "d", "e"].map((s) => deal(s, ["ukraine"]))],
      3,
    );
    expect(ranked.map((r) => r.deal.slug)).not.toContain("uk-licence");
    expect(ranked.map((r) => r.deal.slug)).not.toContain("other");
    expect(ranked[0]!.deal.slug).toBe("guns");
    expect(ranked[0]!.sharedCategories).toEqual(["ARTILLERY"]);
    expect(ranked).toHaveLength(3);
  });

  it("breaks ties by the newer deal first", () => {
    const ranked = rankRelatedDeals(current, [deal("old", ["ukraine"], [], "2022-01-01"), deal("new", ["ukraine"], [], "2025-01-01")]);
    expect(ranked.map((r) => r.deal.slug)).toEqual(["new", "old"]);
  });

  it("weighs a shortlist by counts over all deals when given them, exactly as if every deal were a candidate", () => {
    const everyDeal = [
      deal("uk-guns", ["united-kingdom"], ["ARTILLERY"]),
      deal("uk-only", ["united-kingdom"]),
      ...["a", "b", "c"].map((s) => deal(`guns-${s}`, ["france"], ["ARTILLERY"])),
    ];
    const full = rankRelatedDeals(current, everyDeal, 2);
    expect(full.map((r) => r.deal.slug)).toEqual(["uk-guns", "uk-only"]);
    // The database shortlists the best; counted among the shortlist alone, artillery would look rare.
    const shortlist = everyDeal.slice(0, 2);
    const counts = countDeals([current, ...everyDeal]);
    expect(counts.categories.get("ARTILLERY")).toBe(5);
    expect(rankRelatedDeals(current, shortlist, 2, counts)).toEqual(full);
    expect(rankRelatedDeals(current, shortlist, 2).map((r) => r.score)).not.toEqual(full.map((r) => r.score));
  });

  it("counts a party or category once per deal, whatever its roles", () => {
    const counts = countDeals([deal("x", ["ukraine", "ukraine"], ["ARTILLERY", "ARTILLERY"]), deal("y", ["ukraine"], [])]);
    expect(counts.parties.get("ukraine")).toBe(2);
    expect(counts.categories.get("ARTILLERY")).toBe(1);
  });
});

describe("deal lifecycle", () => {
  it("marks reached, current, skipped and future steps", () => {
    const steps = lifecycleSteps([{ status: "RUMOURED" }, { status: "SIGNED" }], "SIGNED");
    expect(Object.fromEntries(steps.map((s) => [s.status, s.state]))).toEqual({
      RUMOURED: "reached",
      IN_TALKS: "skipped",
      ANNOUNCED: "skipped",
      SIGNED: "current",
      IN_PROGRESS: "ahead",
      COMPLETED: "ahead",
    });
  });

  it("appends an exit status such as stalled as the current step", () => {
    const steps = lifecycleSteps([{ status: "IN_TALKS" }, { status: "STALLED" }], "STALLED");
    expect(steps.at(-1)).toEqual({ status: "STALLED", state: "current" });
    expect(steps.find((s) => s.status === "IN_TALKS")!.state).toBe("reached");
  });

  it("finds statuses that the history dates differently, and nothing when the dates agree", () => {
    const entry = (status: "SIGNED" | "ANNOUNCED", date: string) => ({ status, date: { date, precision: "DAY" } });
    expect(dateConflicts([entry("ANNOUNCED", "2023-01-01"), entry("SIGNED", "2023-02-01"), entry("SIGNED", "2023-03-01")])).toEqual([
      [entry("SIGNED", "2023-02-01"), entry("SIGNED", "2023-03-01")],
    ]);
    expect(dateConflicts([entry("SIGNED", "2023-02-01"), entry("SIGNED", "2023-02-01")])).toEqual([]);
  });
});

describe("sources of a record", () => {
  it("lists each source once with its number of quotes, most quoted first", () => {
    const source = (slug: string) => ({ slug, title: slug, publisher: null, publishedAt: null, url: null });
    const quote = (slug: string) => ({ source: source(slug), quote: "q", field: null, note: null });
    expect(sourcesOf([quote("b"), quote("a"), quote("a")]).map((s) => [s.source.slug, s.quotes])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });
});

describe("escaping", () => {
  it("escapes text for HTML", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  });
  it("keeps JSON-LD from closing its script element", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
