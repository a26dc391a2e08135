// Runs the assistant over an evaluation set and formats the results as a table (Markdown-friendly).
import { analyseArticle } from "../analyse";
import type { IndexOptions } from "../actor-index";
import type { Known } from "../known";
import type { EvalArticle } from "./expected";
import { scoreArticle, type ArticleScore, type Ratio } from "./score";

export interface SetResult {
  name: string;
  rows: ArticleScore[];
  total: ArticleScore;
}

const add = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, total: a.total + b.total });

export function evaluateSet(name: string, articles: EvalArticle[], known: Known, index?: IndexOptions): SetResult {
  const rows = articles.map((article) => {
    const proposals = analyseArticle(article.text, { published: article.published || undefined, actors: known.actors, records: known.records, index });
    return scoreArticle(article, proposals);
  });
  const zero = { hit: 0, total: 0 };
  const total: ArticleScore = rows.reduce(
    (t, r) => ({
      id: "total",
      actors: add(t.actors, r.actors),
      dates: add(t.dates, r.dates),
      amounts: add(t.amounts, r.amounts),
      agreements: add(t.agreements, r.agreements),
      pledges: add(t.pledges, r.pledges),
      events: add(t.events, r.events),
      precision: add(t.precision, r.precision),
      status: add(t.status, r.status),
      notVerbatim: t.notVerbatim + r.notVerbatim,
      overClaims: [...t.overClaims, ...r.overClaims],
      mustNotViolations: [...t.mustNotViolations, ...r.mustNotViolations],
      misses: [],
    }),
    { id: "total", actors: zero, dates: zero, amounts: zero, agreements: zero, pledges: zero, events: zero, precision: zero, status: zero, notVerbatim: 0, overClaims: [], mustNotViolations: [], misses: [] } as ArticleScore,
  );
  return { name, rows, total };
}

export const pct = (x: Ratio) => (x.total === 0 ? "—" : `${Math.round((100 * x.hit) / x.total)} %`);
const cell = (x: Ratio) => (x.total === 0 ? "—" : `${pct(x)} (${x.hit}/${x.total})`);
const records = (s: ArticleScore) => add(add(s.agreements, s.pledges), s.events);

export function formatTable(result: SetResult): string {
  const head = ["article", "actors", "dates", "amounts & quantities", "agreements", "pledges", "events", "records (all)", "precision", "status/stance", "not verbatim"];
  const line = (s: ArticleScore) =>
    [s.id === "total" ? "**total**" : `\`${s.id}\``, cell(s.actors), cell(s.dates), cell(s.amounts), cell(s.agreements), cell(s.pledges), cell(s.events), cell(records(s)), cell(s.precision), cell(s.status), String(s.notVerbatim)];
  const rows = [head, head.map(() => "---"), ...result.rows.map(line), line(result.total)];
  return rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
}

export interface Target {
  label: string;
  ratio: Ratio;
  min: number;
}

export function targets(result: SetResult): Target[] {
  const t = result.total;
  return [
    { label: "actors ≥ 90 %", ratio: t.actors, min: 0.9 },
    { label: "amounts & quantities ≥ 90 %", ratio: t.amounts, min: 0.9 },
    { label: "dates ≥ 80 %", ratio: t.dates, min: 0.8 },
    { label: "agreements/pledges/events ≥ 70 %", ratio: records(t), min: 0.7 },
    { label: "quotes not verbatim = 0", ratio: { hit: t.notVerbatim === 0 ? 1 : 0, total: 1 }, min: 1 },
  ];
}
