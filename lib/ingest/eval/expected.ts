// What an article should yield, in one shape for both evaluation sets: the curated seed records
// (seeds/data, per source article) and the hand-made annotations of the held-out articles
// (tests/fixtures/articles/*.expected.json). Actors are named by seed slug or by name.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const actorSchema = z.union([
  z.object({ slug: z.string(), optional: z.boolean().optional() }),
  z.object({ name: z.string(), aliases: z.array(z.string()).default([]), kind: z.string(), countryCode: z.string().optional(), optional: z.boolean().optional() }),
]);

export const expectedSchema = z.object({
  style: z.string(),
  published: z.string(),
  actors: z.array(actorSchema),
  dates: z.array(z.object({ date: z.string(), text: z.string().optional() })),
  amounts: z.array(z.object({ amount: z.string(), currency: z.string(), qualifier: z.string().optional() })),
  shares: z.array(z.number()),
  quantities: z.array(z.object({ quantity: z.number().optional(), item: z.string() })),
  agreements: z.array(z.object({ type: z.string(), parties: z.array(z.string()), status: z.string().optional(), slug: z.string().optional() })),
  pledges: z.array(z.object({ kind: z.string(), donor: z.string(), recipients: z.array(z.string()), status: z.string().optional(), slug: z.string().optional() })),
  events: z.array(z.object({ kind: z.string(), actors: z.array(z.string()), stance: z.string().optional(), slug: z.string().optional() })),
  mustNot: z
    .array(
      z.object({
        what: z.string(),
        entity: z.enum(["agreements", "pledges"]),
        donor: z.string().optional(),
        party: z.string().optional(),
        itemContains: z.string().optional(),
        statusNot: z.array(z.string()),
      }),
    )
    .default([]),
});
export type Expected = z.infer<typeof expectedSchema>;
export type ExpectedActor = Expected["actors"][number];

/** One article to evaluate: its text, what the assistant is given, and what it should find. */
export interface EvalArticle {
  id: string;
  text: string;
  published: string;
  expected: Expected;
  /** Quotes of the curated records (seed set only), to tell a near miss from an invention. */
  curatedQuotes?: Map<string, string[]>;
}

export const fixturesDir = path.resolve(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "articles");

export function loadFixtures(dir = fixturesDir): EvalArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, "");
      const expected = expectedSchema.parse(JSON.parse(readFileSync(path.join(dir, `${id}.expected.json`), "utf8")));
      return { id, text: readFileSync(path.join(dir, file), "utf8"), published: expected.published, expected };
    });
}
