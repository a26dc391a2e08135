// Loads the .env files exactly as Next.js does for the app (@next/env: .env.<mode>.local, .env.local,
// .env.<mode>, .env; variables already in the environment win), so every script — prepare-db, the seed,
// admin:create, imports — sees the same settings as the server. Import it before anything that reads
// the environment (lib/env.ts parses it when first imported).
import { createRequire } from "node:module";
import path from "node:path";

// @next/env is a CommonJS bundle whose named exports ESM cannot see; require it.
const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof import("@next/env");
const root = path.resolve(import.meta.dirname, "..");
const quiet = { info: () => {}, error: (...args: unknown[]) => console.error(...args) };
loadEnvConfig(root, process.env.NODE_ENV !== "production", quiet);
