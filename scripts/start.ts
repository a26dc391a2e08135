// npm start — builds if needed, migrates, seeds on first run, then serves on PORT (default 3000).
import "./production-env";
import "./load-env";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "./prepare-db";

const root = path.resolve(import.meta.dirname, "..");
// Settings are checked before anything is built or started: "PAGE_CACHE_MB=64MB" stops here, saying so.
let port: number;
try {
  port = parseEnv().PORT;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const nextBin = path.join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** The newest modification time under the folders that make up the build. */
function newestSourceTime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "seeds"]) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "package.json", "postcss.config.mjs"]) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

const buildId = path.join(root, ".next", "BUILD_ID");
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceTime()) {
  console.log("Building the app (next build)…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env });
  if (build.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(build.status ?? 1);
  }
}

try {
  await prepareDatabase();
} catch (error) {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The production server: Next.js behind the rendered-page cache (scripts/serve.ts).
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const server = spawn(tsx, ["scripts/serve.ts"], { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...env, NODE_ENV: "production", PORT: String(port) } });
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (/Ready on/i.test(chunk.toString())) console.log(`\n  Tracker running at http://localhost:${port}\n`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
