// The production server: a front door (lib/server/front.ts — client address, limits, the HTTP page
// cache) in front of Next.js, which listens on a private Unix socket. `npm start` runs it after
// building and preparing the database; the benchmark and the end-to-end tests run it too, so what they
// measure is what users get. Settings (lib/env.ts): PORT, HOSTNAME, PAGE_CACHE_MB, TRUSTED_PROXIES,
// REDIS_URL, API_RATE_LIMIT_PER_MINUTE, EXPORT_RATE_LIMIT_PER_MINUTE, SIGN_IN_RATE_LIMIT_PER_MINUTE.
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";

// Next reads NODE_ENV when the server starts; callers set it, this is the fallback for a bare `tsx scripts/serve.ts`.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const { env } = await import("@/lib/env").catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const { TrustedProxies } = await import("@/lib/server/client-address");
const { createFront } = await import("@/lib/server/front");
const { HttpCache } = await import("@/lib/server/http-cache");
const { httpOrigin } = await import("@/lib/server/origin");
const { memoryStore, redisStore, RequestLimit } = await import("@/lib/server/rate-limits");

const root = path.resolve(import.meta.dirname, "..");
const app = next({ dev: false, dir: root, hostname: env.HOSTNAME, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

// The app answers only on a socket in a private folder: the front door is its only client.
const socketDir = mkdtempSync(path.join(os.tmpdir(), "tracker-app-"));
const socketPath = path.join(socketDir, "app.sock");
const inner = http.createServer((req, res) => void handle(req, res));
await new Promise<void>((resolve) => inner.listen(socketPath, resolve));

const store = env.REDIS_URL ? redisStore(env.REDIS_URL, (error) => console.error(`Rate limits: Redis unreachable (${error.message}); counting in memory until it is back.`)) : memoryStore();
const minute = 60;
const front = createFront({
  origin: httpOrigin({ socketPath }),
  trusted: new TrustedProxies(env.TRUSTED_PROXIES),
  limits: {
    signIn: new RequestLimit({ name: "sign-in", points: env.SIGN_IN_RATE_LIMIT_PER_MINUTE, windowSeconds: minute }, store),
    api: new RequestLimit({ name: "api", points: env.API_RATE_LIMIT_PER_MINUTE, windowSeconds: minute }, store),
    export: new RequestLimit({ name: "export", points: env.EXPORT_RATE_LIMIT_PER_MINUTE, windowSeconds: minute }, store),
  },
  cache: env.PAGE_CACHE_MB > 0 ? new HttpCache({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 }) : undefined,
});

const server = http.createServer((req, res) => void front(req, res));
server.listen(env.PORT, env.HOSTNAME, () => {
  const where = env.HOSTNAME === "0.0.0.0" ? "localhost" : env.HOSTNAME;
  const proxies = env.TRUSTED_PROXIES.length ? `trusting X-Forwarded-For from ${env.TRUSTED_PROXIES.join(", ")}` : "client address from the socket";
  console.log(`Ready on http://${where}:${env.PORT} (page cache ${env.PAGE_CACHE_MB > 0 ? `${env.PAGE_CACHE_MB} MB` : "off"}; limits counted in ${store.kind}; ${proxies})`);
});

const stop = () => {
  server.close();
  inner.close(() => {
    rmSync(socketDir, { recursive: true, force: true });
    void store.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
