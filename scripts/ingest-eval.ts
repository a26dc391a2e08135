// npm run ingest:eval — measures the article assistant on the five seed articles (against the curated
// records in seeds/data) and on the held-out articles in tests/fixtures/articles (against their
// hand-made annotations), and prints both tables. --misses lists what was missed per article;
// --no-gazetteer measures actor recall without the organisation gazetteer; --json prints the figures.
import { parseArgs } from "node:util";
import { curatedArticles } from "@/lib/ingest/eval/curated";
import { loadFixtures } from "@/lib/ingest/eval/expected";
import { evaluateSet, formatTable, pct, targets, type SetResult } from "@/lib/ingest/eval/run";
import { knownFromDataset } from "@/lib/ingest/known";
import { validateDataset } from "@/lib/seed/dataset";
import { dataset } from "@/seeds/index";

const { values } = parseArgs({ options: { misses: { type: "boolean" }, "no-gazetteer": { type: "boolean" }, json: { type: "boolean" } } });
const { data, sources } = await validateDataset(dataset);
const known = knownFromDataset(dataset);
const index = values["no-gazetteer"] ? { noGazetteer: true } : undefined;
const sets: SetResult[] = [
  evaluateSet("Seed articles (seeds/articles vs the curated records in seeds/data)", curatedArticles(data, sources), known, index),
  evaluateSet("Held-out articles (tests/fixtures/articles vs their hand-made annotations)", loadFixtures(), known, index),
];

if (values.json) {
  console.log(JSON.stringify(sets, null, 2));
} else {
  for (const set of sets) {
    console.log(`\n## ${set.name}${index ? " — without the organisation gazetteer" : ""}\n`);
    console.log(formatTable(set));
    console.log("");
    for (const t of targets(set)) console.log(`${t.ratio.total > 0 && t.ratio.hit / t.ratio.total >= t.min ? "✓" : "✗"} ${t.label}: ${t.label.startsWith("quotes") ? `${set.total.notVerbatim} not verbatim` : pct(t.ratio)}`);
    for (const v of set.total.mustNotViolations) console.log(`✗ must not: ${v}`);
    console.log(`${set.total.overClaims.length === 0 ? "✓" : "✗"} statuses further along than expected: ${set.total.overClaims.length}${set.total.overClaims.length ? ` (${set.total.overClaims.join("; ")})` : ""}`);
    if (set.total.mustNotViolations.length === 0 && set.rows.some((r) => r.id.match(/^\d\d-/))) console.log("✓ no over-claimed status or analyst's guess stated as fact (mustNot checks)");
    if (values.misses) for (const r of set.rows) if (r.misses.length) console.log(`\n${r.id} missed:\n  - ${r.misses.join("\n  - ")}`);
  }
  console.log("\nPrecision = proposed records that match an expected record (same kind and a party in common) / all proposed records.");
}
if (sets.some((s) => s.total.notVerbatim > 0)) process.exitCode = 1;
