// npm run budget — reads the Next.js build output (.next) and prints the first-load JavaScript of the
// deal page (gzip), failing when either budget is exceeded: the page's own JavaScript beyond the
// framework's shared runtime ≤ 10 kB, and the whole first load ≤ 140 kB (docs/decisions/022: the
// React/Next runtime alone is ~129 kB, so the former 120 kB could not be met). First-load = the runtime every page loads
// (build-manifest rootMainFiles) + the chunks of every entry on the route (its layouts, page, error
// and not-found boundaries, from the route's client reference manifest). Polyfills are left out: they
// are served with `nomodule` and modern browsers never download them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/** Everything the deal page loads first. */
const TOTAL_BUDGET_KB = 140;
/** What we control: the route's layouts, page and boundaries beyond the shared runtime (rootMainFiles). */
const OWN_BUDGET_KB = 10;
const ROUTE = "/deals/[slug]/page";
const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, ".next");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(path.join(next, "BUILD_ID"))) fail("No build found in .next: run `npm run build` first.");

const buildManifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const manifestFile = path.join(next, "server", "app", ...ROUTE.split("/").filter(Boolean)) + "_client-reference-manifest.js";
if (!existsSync(manifestFile)) fail(`No client reference manifest for ${ROUTE} (${path.relative(root, manifestFile)}): is the route still there?`);

const sandbox = { globalThis: {} as Record<string, unknown> };
sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
const manifest = (sandbox as unknown as { __RSC_MANIFEST: Record<string, { entryJSFiles: Record<string, string[]> }> }).__RSC_MANIFEST[ROUTE];
if (!manifest) fail(`${path.relative(root, manifestFile)} does not describe ${ROUTE}.`);
if (!manifest.entryJSFiles) fail("The client reference manifest lists no entryJSFiles: this script reads the output of `next build` (Turbopack), not `next build --webpack`.");

const files = [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])].filter((f) => f.endsWith(".js"));
let total = 0;
const rows = files.map((file) => {
  const gzip = gzipSync(readFileSync(path.join(next, file)), { level: 9 }).length;
  total += gzip;
  return { file, gzip };
});
for (const { file, gzip } of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`${(gzip / 1024).toFixed(1).padStart(7)} kB  ${file}`);
const kb = total / 1024;
const runtime = rows.filter((r) => buildManifest.rootMainFiles.includes(r.file)).reduce((sum, r) => sum + r.gzip, 0) / 1024;
const own = kb - runtime;
console.log(`\nFirst-load JS of /deals/[slug]: ${kb.toFixed(1)} kB gzip (budget ${TOTAL_BUDGET_KB} kB)`);
console.log(`  the React/Next.js runtime every page loads: ${runtime.toFixed(1)} kB`);
console.log(`  the route's own layouts, page and boundaries beyond it: ${own.toFixed(1)} kB (budget ${OWN_BUDGET_KB} kB)`);
const over = [
  kb > TOTAL_BUDGET_KB ? `the first load is over budget by ${(kb - TOTAL_BUDGET_KB).toFixed(1)} kB` : null,
  own > OWN_BUDGET_KB ? `the page's own JavaScript is over budget by ${(own - OWN_BUDGET_KB).toFixed(1)} kB` : null,
].filter(Boolean);
if (over.length > 0) fail(`Over budget: ${over.join("; ")}.`);
console.log("Within both budgets.");
