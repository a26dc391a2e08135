import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDuplicateSource, normaliseUrl, textSimilarity } from "@/lib/ingest/duplicates";

const article = (file: string) => readFileSync(`seeds/articles/${file}`, "utf8");
const lm = article("002_4ca84f07905ba047.txt");
const relay = article("004_878eddaab48aaff6.txt");

describe("duplicate sources", () => {
  it("treats the same address as the same source, whatever the tracking parameters, scheme or trailing slash", () => {
    expect(normaliseUrl("https://www.lemonde.fr/en/article/2024/11/25/x.html?utm_source=tw#top")).toBe(normaliseUrl("http://lemonde.fr/en/article/2024/11/25/x.html/"));
    expect(findDuplicateSource({ url: "https://www.example.org/a?fbclid=1", text: "anything" }, [{ slug: "a", url: "http://example.org/a", text: "other" }])).toMatchObject({ slug: "a", reason: "url" });
  });

  it("finds nearly the same text: the same article with its page furniture or a few words changed", () => {
    const copy = `${lm.replace("The World has learned", "Le Monde has learned")}\nShare this article\nSubscribe to our newsletter`;
    expect(findDuplicateSource({ text: copy }, [{ slug: "lm", text: lm }])).toMatchObject({ slug: "lm", reason: "text" });
  });

  it("does not take two articles on the same story for duplicates", () => {
    expect(textSimilarity(lm, relay).jaccard).toBeLessThan(0.3);
    expect(findDuplicateSource({ text: relay }, [{ slug: "lm", text: lm }])).toBeNull();
  });

  it("does not call a short brief contained in a long article a duplicate", () => {
    expect(findDuplicateSource({ text: "Norway will fund drones in Ukraine." }, [{ slug: "lm", text: `${lm} Norway will fund drones in Ukraine.` }])).toBeNull();
  });
});
