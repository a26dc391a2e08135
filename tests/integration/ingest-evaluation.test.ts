// Runs the assistant over all fifteen evaluation articles: slower than a unit test, so it runs with the
// integration tests (two at a time, longer timeouts) instead of competing with the fast unit tests.
import { describe, expect, it } from "vitest";
import { analyseArticle } from "@/lib/ingest/analyse";
import { curatedArticles } from "@/lib/ingest/eval/curated";
import { loadFixtures } from "@/lib/ingest/eval/expected";
import { maximumMatching, scoreArticle } from "@/lib/ingest/eval/score";
import { knownFromDataset } from "@/lib/ingest/known";
import { quoteOccursIn } from "@/lib/quotes";
import { validateDataset } from "@/lib/seed/dataset";
import { dataset } from "@/seeds/index";
import { everyCitation } from "../unit/ingest/helpers";

const known = knownFromDataset(dataset);

describe("evaluation sets", () => {
  it("has at least eight held-out articles with valid annotations, in varied styles", () => {
    const fixtures = loadFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fixtures.map((f) => f.expected.style)).size).toBe(fixtures.length);
  });

  it("quotes every proposal verbatim, at its offsets, on every seed and held-out article", async () => {
    const { data, sources } = await validateDataset(dataset);
    for (const article of [...curatedArticles(data, sources), ...loadFixtures()]) {
      const p = analyseArticle(article.text, { published: article.published || undefined, actors: known.actors, records: known.records });
      for (const c of everyCitation(p)) {
        expect(article.text.slice(c.start, c.end), article.id).toBe(c.quote);
        expect(quoteOccursIn(c.quote, article.text)).toBe(true);
      }
      for (const d of [...p.extracted.dates, ...p.extracted.amounts, ...p.extracted.quantities]) expect(article.text.slice(d.start, d.end)).toBe(d.quote);
      expect(scoreArticle(article, p).notVerbatim).toBe(0);
    }
  }, 60_000);

  it("pairs records so that the order of the list never decides the score", () => {
    // Expected 0 fits proposals 0 and 1, expected 1 only proposal 0: both can be matched.
    const pairs = maximumMatching(2, 2, (i, j) => (i === 0 ? true : j === 0));
    expect(pairs.size).toBe(2);
    expect(pairs.get(1)).toBe(0);
  });
});
