// npm run lighthouse [-- base-url] — Lighthouse (mobile, its default) on the overview, the deals
// list, an actor page, the timeline and the map; prints the four category scores per page and checks the
// bars: performance ≥ 90 and accessibility 100. Without a base URL it starts the app itself on
// LIGHTHOUSE_PORT (default 3300) with a throw-away embedded database, and stops it afterwards.
// HTML reports go to test-results/lighthouse/. Scores depend on the machine's load: run it alone.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "test-results", "lighthouse");
const bars = { performance: 90, accessibility: 100 };
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

async function waitFor(url: string, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

async function startApp(): Promise<{ base: string; server: ChildProcess }> {
  const port = process.env.LIGHTHOUSE_PORT ?? "3300";
  const base = `http://localhost:${port}`;
  console.log(`Starting the app on ${base} (npm start, embedded database in .data/lighthouse)…`);
  const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: port, PGLITE_DATA_DIR: ".data/lighthouse", SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (!(await waitFor(`${base}/api/health`, 300))) {
    server.kill("SIGTERM");
    throw new Error("The app did not start within 5 minutes.");
  }
  return { base, server };
}

/** A seeded actor's page: DCI when it exists, else the first actor the API lists. */
async function actorPath(base: string): Promise<string> {
  if ((await fetch(`${base}/actors/defense-conseil-international`)).ok) return "/actors/defense-conseil-international";
  const body = (await (await fetch(`${base}/api/v1/actors?limit=1`)).json()) as { data: { slug: string }[] };
  const slug = body.data[0]?.slug;
  if (!slug) throw new Error("No actor in the database: seed it first (npm run db:seed).");
  return `/actors/${slug}`;
}

// Lighthouse scores vary from run to run (more so on a busy machine): each page is measured
// LIGHTHOUSE_RUNS times (default 3) and the run with the median performance score is reported, as
// Lighthouse's own guidance on variability recommends.
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

async function medianRun(url: string) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port: chrome.port, output: "html", logLevel: "error", onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    results.push(result);
  }
  results.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
  return results[Math.floor((results.length - 1) / 2)]!;
}

const argBase = process.argv.slice(2).find((a) => /^https?:\/\//.test(a));
const started = argBase ? null : await startApp();
const base = (argBase ?? started!.base).replace(/\/$/, "");
let failed = false;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

try {
  mkdirSync(outDir, { recursive: true });
  const pages = ["/", "/deals", await actorPath(base), "/timeline", "/map"];
  const rows: string[][] = [];
  for (const page of pages) {
    for (let i = 0; i < 2; i++) await fetch(`${base}${page}`); // warm the server, as a returning visitor would find it
    const result = await medianRun(`${base}${page}`);
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)])) as Record<(typeof categories)[number], number>;
    const ok = scores.performance >= bars.performance && scores.accessibility >= bars.accessibility;
    if (!ok) failed = true;
    const file = `${page.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}.html`;
    writeFileSync(path.join(outDir, file), result.report as string);
    rows.push([page, ...categories.map((c) => String(scores[c])), ok ? "ok" : "BELOW BAR"]);
    if (!ok) {
      const audits = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative");
      for (const a of audits.slice(0, 8)) console.log(`  ${page}: ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    }
  }
  const header = ["page", "performance", "accessibility", "best-practices", "seo", `bars: perf ≥ ${bars.performance}, a11y ${bars.accessibility}`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(`\nLighthouse (mobile) on ${base}${runs > 1 ? `, median of ${runs} runs per page` : ""}\n`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\nReports: ${path.relative(root, outDir)}/`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  chrome.kill();
  started?.server.kill("SIGTERM");
}
process.exit(failed ? 1 : 0);
