// npm run bench -- [--scale 100] [--duration 20] [--connections 64] [--soak 60] [--skip-synth]
// Measures, in one run on a synthetic PostgreSQL database (npm run db:synth): latency percentiles and
// throughput of the public pages and the API under load (autocannon), the deal page against a static
// server of the same bytes, the server's memory over a soak run, and the slowest queries with their
// EXPLAIN ANALYZE plans. Prints figures; asserts nothing (machines here are shared and noisy).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { percentile, slope, table } from "@/lib/bench/stats";
import { connect } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { getAgreementPage } from "@/lib/data/agreement-page";
import { agreementList, listAgreements } from "@/lib/data/agreements";
import { dealFacets } from "@/lib/data/facets";
import { getOverview } from "@/lib/data/overview";
import { getRelationshipView } from "@/lib/data/relationships";
import { computeCooperationMap } from "@/lib/data/cooperation-map";
import { defaultFilters } from "@/lib/relationships/graph";
import { Prisma } from "@/lib/generated/prisma/client";
import { agreementQuerySchema } from "@/lib/schemas/query";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const scale = Number(opt("scale", "100"));
const duration = Number(opt("duration", "20"));
const connections = Number(opt("connections", "64"));
const soakSeconds = Number(opt("soak", "60"));
const skipSynth = args.includes("--skip-synth");
const root = path.resolve(import.meta.dirname, "..");
const benchUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tracker_bench";
const port = Number(process.env.BENCH_PORT ?? 3300);
const staticPort = port + 1;
const base = `http://127.0.0.1:${port}`;
const dealSlug = "uk-ukraine-licensed-production-talks";

function sh(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

async function prepareDatabase() {
  const url = new URL(benchUrl);
  const name = url.pathname.slice(1);
  const adminUrl = new URL(benchUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (!skipSynth || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  await admin.end();
  // Always bring the bench database up to the current migrations (an older synthetic database too).
  const db = connect({ databaseUrl: benchUrl });
  await migrate(db.sql);
  await db.close();
  if (!skipSynth || !exists) sh(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/db-synth.ts", "--scale", String(scale), "--database-url", benchUrl]);
}

/** Resident memory (MB) of a process and all its descendants, from /proc. */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      total += m ? Number(m[1]) / 1024 : 0;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

async function waitFor(url: string, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

interface LoadResult {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** What a browser sends: every measured request asks for compression, as real readers' do. */
const BROWSER_HEADERS = { "accept-encoding": "br, gzip", accept: "text/html,application/json;q=0.9,*/*;q=0.8" };

async function load(name: string, url: string, seconds = duration, paths?: string[], headers: Record<string, string> = BROWSER_HEADERS): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  // With `paths`, each request asks for the next one in turn (distinct URLs: what a cache cannot absorb).
  const requests = paths ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[next++ % paths.length]! }) }] : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10, requests, headers } as autocannon.Options, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 400) errors += 1;
    });
  });
  errors += result.errors + result.timeouts;
  return {
    name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: Math.round(result.requests.average),
    errors,
    requests: result.requests.total,
  };
}

/** A plain Node server of fixed bytes: the physical limit of answering with them on this machine. */
function startStaticServer(body: Buffer, encoding: string | undefined): Promise<http.Server> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = { "content-type": "text/html; charset=utf-8", "content-length": body.length };
    if (encoding) headers["content-encoding"] = encoding;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    });
    server.listen(staticPort, "127.0.0.1", () => resolve(server));
  });
}

async function slowQueries() {
  const db = connect({ databaseUrl: benchUrl });
  const captured: { sql: string; ms: number }[] = [];
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  // The data functions behind the measured routes, run once each on a fresh client (so nothing is
  // memoised yet: this is what a first view after a change costs), timing each call and each query.
  const p = db.prisma.$extends({
    query: {
      $allOperations: async ({ args: a, query, model, operation }) => {
        const t = performance.now();
        const r = await query(a);
        captured.push({ sql: `${model ?? "raw"}.${operation}`, ms: performance.now() - t });
        return r;
      },
    },
  }) as unknown as typeof db.prisma;
  const calls: { operation: string; ms: number }[] = [];
  const time = async (operation: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    calls.push({ operation, ms: performance.now() - t });
  };
  const searchQuery = agreementQuerySchema.parse({ type: "LICENSED_PRODUCTION", q: "artillery", limit: "50" });
  const countryQuery = agreementQuerySchema.parse({ country: "GB", limit: "50" });
  await time("/ : getOverview", () => getOverview(p));
  await time("/deals: dealFacets (filter menus)", () => dealFacets(p));
  await time("/deals and API: listAgreements type + q", () => listAgreements(p, searchQuery));
  await time("API: listAgreements country", () => listAgreements(p, countryQuery));
  await time("deal page: getAgreementPage", () => getAgreementPage(p, dealSlug));
  await time("/relationships: getRelationshipView", () => getRelationshipView(p));
  await time("/map: computeCooperationMap (SQL, no memo)", () => computeCooperationMap(p, defaultFilters));
  await db.close();
  // EXPLAIN ANALYZE the very SQL the lists run to pick a page of ids.
  const idsSql = (query: typeof searchQuery) => {
    const list = agreementList(query);
    return Prisma.sql`SELECT g.id FROM ${list.from} WHERE ${list.where} ORDER BY g.id LIMIT 51`;
  };
  const explains: Record<string, Prisma.Sql> = {
    "agreements: type + full-text search": idsSql(searchQuery),
    "agreements of a country": idsSql(countryQuery),
    "latest events": Prisma.sql`SELECT id FROM "Event" WHERE "isPublished" AND "deletedAt" IS NULL ORDER BY date DESC, id DESC LIMIT 8`,
  };
  const plans: string[] = [];
  for (const [label, sql] of Object.entries(explains)) {
    const rows = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values)).rows as { "QUERY PLAN": string }[];
    plans.push(`-- ${label}\n${rows.map((r) => r["QUERY PLAN"]).slice(0, 16).join("\n")}`);
  }
  await client.end();
  return { calls, captured: captured.sort((a, b) => b.ms - a.ms).slice(0, 8), plans };
}

let server: ChildProcess | undefined;
let staticServer: http.Server | undefined;
try {
  console.log(`Benchmark: scale ×${scale}, ${connections} connections, ${duration} s per route, ${soakSeconds} s memory soak.`);
  console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at the start (other work on the machine skews every figure).\n`);
  await prepareDatabase();
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) sh(path.join(root, "node_modules", ".bin", "next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  // The same server `npm start` runs: Next.js behind the rendered-page cache.
  server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/serve.ts"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: benchUrl, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT_PER_MINUTE: "100000000" },
  });
  await waitFor(`${base}/api/health`, 60);

  const routes: [string, string][] = [
    ["/ (overview)", "/"],
    ["/deals (filter + search)", "/deals?type=LICENSED_PRODUCTION&q=artillery"],
    ["deal page", `/deals/${dealSlug}`],
    ["/relationships", "/relationships"],
    ["/map", "/map"],
    ["API agreements?q=", "/api/v1/agreements?q=artillery&limit=50"],
    ["API agreements?country=", "/api/v1/agreements?country=GB&limit=50"],
  ];
  for (const [, route] of routes) await fetch(`${base}${route}`).catch(() => undefined); // warm up
  const memory: { x: number; y: number }[] = [];
  const t0 = Date.now();
  const sampler = setInterval(() => memory.push({ x: (Date.now() - t0) / 1000, y: treeRssMb(server!.pid!) }), 1000);

  const results: LoadResult[] = [];
  for (const [name, route] of routes) {
    const status = (await fetch(`${base}${route}`)).status;
    if (status >= 400) {
      console.log(`  ${name}: ${route} answers ${status} — skipped (see the server log; a 5xx here is a bug to fix).`);
      continue;
    }
    process.stdout.write(`  loading ${name}…\n`);
    results.push(await load(name, `${base}${route}`));
  }

  // The deal page exactly as the server sends it to a browser (the compressed bytes, not decoded), served statically.
  const fetchSent = () =>
    new Promise<{ body: Buffer; encoding?: string }>((resolve, reject) => {
      http
        .get(`${base}/deals/${dealSlug}`, { headers: BROWSER_HEADERS }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
        })
        .on("error", reject);
    });
  await fetchSent(); // a first view after a change is sent uncompressed; the second is what readers get
  const sent = await fetchSent();
  const dealHtml = sent.body;
  staticServer = await startStaticServer(sent.body, sent.encoding);
  const staticResult = await load("static server, same bytes", `http://127.0.0.1:${staticPort}/`);
  const deal = results.find((r) => r.name === "deal page");

  // Memory across a steady run of the measured routes in turn. The server has just idled through the
  // static run, and its heap shrank; 15 s of the same traffic first, unmeasured, so the soak shows
  // growth under load rather than the heap's return to its working size.
  const soakRoutes = routes.map(([, route]) => route);
  process.stdout.write(`  memory soak: 15 s warm-up, then ${soakSeconds} s over the measured routes in turn…\n`);
  await load("soak warm-up", `${base}/`, 15, soakRoutes);
  const soakStart = memory.length;
  await load("soak", `${base}/`, soakSeconds, soakRoutes);
  const soak = memory.slice(soakStart);

  // For reference: the same deal page to a client that asks for no compression (170 kB instead of ≈ 15 kB).
  process.stdout.write(`  loading deal page, uncompressed…\n`);
  const identity = await load("deal page, uncompressed", `${base}/deals/${dealSlug}`, duration, undefined, {});

  // First views: distinct deal pages in turn, each rendered from the database (cache misses).
  const slugClient = new pg.Client({ connectionString: benchUrl });
  await slugClient.connect();
  const slugs = (await slugClient.query<{ slug: string }>(`SELECT slug FROM "Agreement" WHERE "isPublished" AND "deletedAt" IS NULL ORDER BY md5(slug) LIMIT 20000`)).rows.map((r) => `/deals/${r.slug}`);
  await slugClient.end();
  process.stdout.write(`  loading distinct deal pages (uncached, ${slugs.length} slugs)…\n`);
  const cold = await load("deal pages, distinct (uncached)", `${base}/`, duration, slugs);
  clearInterval(sampler);

  console.log(`\nLatency (ms) and throughput (requests/s), ${connections} connections, ${duration} s each\n`);
  console.log(table([...results, identity, cold, staticResult].map((r) => ({ route: r.name, p50: r.p50.toFixed(1), p95: r.p95.toFixed(1), p99: r.p99.toFixed(1), "req/s": r.rps, requests: r.requests, errors: r.errors }))));
  if (deal) {
    const ratio = deal.rps / Math.max(1, staticResult.rps);
    console.log(`\nDeal page vs static server of the same ${dealHtml.length} bytes (${sent.encoding ?? "uncompressed"}): ${(ratio * 100).toFixed(1)} % of static throughput.`);
  }
  const peak = Math.max(...memory.map((m) => m.y));
  console.log(
    `\nServer memory (RSS of the process tree): start ${memory[0]?.y.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, ` +
      `soak ${soak[0]?.y.toFixed(0)} → ${soak.at(-1)?.y.toFixed(0)} MB, trend ${(slope(soak) * 60).toFixed(1)} MB/min over ${soakSeconds} s.`,
  );
  console.log(`Soak samples (MB, every 5 s): ${soak.filter((_, i) => i % 5 === 0).map((m) => m.y.toFixed(0)).join(" ")}`);

  const { calls, captured, plans } = await slowQueries();
  console.log("\nData behind each route, first view after a change (single run, nothing memoised, ms):");
  console.log(table(calls.map((c) => ({ operation: c.operation, ms: c.ms.toFixed(1) }))));
  console.log("\nSlowest single queries among them (ms):");
  console.log(table(captured.map((c) => ({ operation: c.sql, ms: c.ms.toFixed(1) }))));
  console.log("\nQuery plans (EXPLAIN ANALYZE):\n" + plans.join("\n\n"));

  const pages = results.filter((r) => !r.name.startsWith("API"));
  const apis = results.filter((r) => r.name.startsWith("API"));
  // A route that completed no request was not measured: that never counts as a met target.
  const unmeasured = results.filter((r) => r.requests === 0);
  if (unmeasured.length > 0) console.log(`\nNot measured (no request completed; machine overloaded?): ${unmeasured.map((r) => r.name).join(", ")}`);
  const verdict = (ok: boolean) => (ok && unmeasured.length === 0 ? "met" : "NOT met");
  console.log("\nTargets:");
  console.log(`  every public page p95 < 100 ms ........ ${verdict(pages.every((r) => r.p95 < 100))} (${pages.map((r) => `${r.name} ${r.p95.toFixed(1)}`).join(", ")})`);
  console.log(`  list/search API p95 < 30 ms ........... ${verdict(apis.every((r) => r.p95 < 30))} (${apis.map((r) => `${r.p95.toFixed(1)}`).join(", ")})`);
  if (deal) console.log(`  deal page ≥ 50 % of static throughput . ${verdict(deal.requests > 0 && deal.rps >= staticResult.rps / 2)}`);
  console.log(`  0 errors under load ................... ${verdict(results.every((r) => r.errors === 0))}`);
  console.log(`  memory flat across the soak ........... ${verdict(Math.abs(slope(soak) * 60) < 20)} (${(slope(soak) * 60).toFixed(1)} MB/min)`);
} finally {
  staticServer?.close();
  server?.kill("SIGTERM");
}
process.exit(0);
