// The production server: Next.js's request handler behind the rendered-page cache
// (lib/server/page-cache.ts). `npm start` runs it after building and preparing the database; the
// benchmark and the end-to-end tests run it too, so what they measure is what users get.
//   PORT (default 3000), HOSTNAME (default 0.0.0.0), PAGE_CACHE_MB (default 64; 0 turns the cache off).
import http from "node:http";
import path from "node:path";
import next from "next";
import { cachingHandler, PageCache, type Limiter } from "@/lib/server/page-cache";
import { badRequestResponse, badRequestTarget } from "@/lib/server/request-guard";

// Next reads NODE_ENV when the server starts; callers set it, this is the fallback for a bare `tsx scripts/serve.ts`.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);

const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

/** Published by lib/db.ts once the app has opened its database (PGlite lives inside the app's modules); concurrent reads are coalesced. */
const hook = globalThis as unknown as { trackerDataVersion?: () => Promise<string>; apiRateLimiter?: Limiter };
const cache = new PageCache({ maxBytes: cacheMb * 1024 * 1024 });
const handler =
  cacheMb > 0
    ? cachingHandler({
        cache,
        version: async () => hook.trackerDataVersion?.(),
        handle: (req, res) => handle(req, res),
        // The API's handlers keep their limiter on globalThis (lib/api/handlers.ts); cached API answers count against it too.
        apiLimiter: () => hook.apiRateLimiter,
        onError: (error) => console.error("Page cache: could not read the data version:", error instanceof Error ? error.message : error),
      })
    : (req: http.IncomingMessage, res: http.ServerResponse) => handle(req, res);

const server = http.createServer((req, res) => {
  const bad = badRequestTarget(req.url ?? "/");
  if (bad) {
    const answer = badRequestResponse(req.url ?? "/", bad);
    res.writeHead(answer.status, answer.headers).end(answer.body);
    return;
  }
  handler(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal server error");
  });
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (page cache ${cacheMb > 0 ? `${cacheMb} MB` : "off"})`);
  // Open the database through the app so the data-version hook exists before the first page request.
  fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
