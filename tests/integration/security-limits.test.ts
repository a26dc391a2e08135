// Limits that cannot be dodged (issue 12, item 2): the production server's front door
// (lib/server/front.ts) in front of the real sign-in endpoint (Better Auth on a real database), the
// real read API and the real bulk CSV handler, all over real HTTP. Attacks: a different spoofed
// X-Forwarded-For on every request, absolute-form targets, encoded paths; behind a trusted proxy, a
// forged left part of the chain. With REDIS_URL, two servers share one count (real local Redis).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvHandler } from "@/lib/api/exports";
import { listHandler } from "@/lib/api/handlers";
import { createAuth } from "@/lib/auth/config";
import { createUser } from "@/lib/auth/users";
import { listAgreements } from "@/lib/data/agreements";
import { errorSchema } from "@/lib/schemas/api";
import { agreementQuerySchema } from "@/lib/schemas/query";
import { TrustedProxies } from "@/lib/server/client-address";
import type { FrontOptions } from "@/lib/server/front";
import { HttpCache } from "@/lib/server/http-cache";
import { memoryStore, redisStore, RequestLimit, type RateLimitStore } from "@/lib/server/rate-limits";
import { seedDatabase } from "@/lib/seed/load";
import { dataset } from "@/seeds/index";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { frontFor, listen, raw, webHandler, type Served } from "../helpers/front";

const LIMIT = 10;
let db: TestDatabase;
let origin: Served;
const fronts: Served[] = [];
let spoof = 0;
/** A new made-up address on every call: what an attacker rotates. */
const spoofed = () => `203.0.113.${(spoof++ % 250) + 1}, 10.${spoof % 200}.0.${spoof % 250}`;

function limits(store: RateLimitStore, prefix = `t${Math.random()}`): FrontOptions["limits"] {
  const rule = (name: string) => new RequestLimit({ name: `${prefix}:${name}`, points: LIMIT, windowSeconds: 60 }, store);
  return { signIn: rule("sign-in"), api: rule("api"), export: rule("export") };
}

async function front(options: Partial<FrontOptions> = {}): Promise<Served> {
  const served = await frontFor(origin, { limits: limits(memoryStore()), cache: new HttpCache({ maxBytes: 8 * 1024 * 1024 }), ...options });
  fronts.push(served);
  return served;
}

const signIn = (base: Served, headers: Record<string, string> = {}) =>
  raw(base, "/api/auth/sign-in/email", { "content-type": "application/json", origin: "http://127.0.0.1", ...headers }, "POST", JSON.stringify({ email: "editor@example.org", password: "a wrong password" }));

/** Status codes of `n` requests made one after another. */
async function statuses(n: number, request: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await request(i)).status);
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  await seedDatabase(db.prisma, dataset);
  // Better Auth's own limiter stays on behind the front (it keys on the X-Forwarded-For the front sets);
  // refusals below are told apart by their message: the front door's names what was limited.
  const auth = createAuth(db.prisma, { secret: "integration-tests-only-secret-0123456789", baseURL: "http://127.0.0.1" });
  expect((await createUser(auth, { email: "editor@example.org", password: "correct horse battery", role: "editor" })).created).toBe(true);
  const api = listHandler(() => db.prisma, agreementQuerySchema, listAgreements);
  const csv = csvHandler(() => db.prisma, "agreements");
  origin = await listen(
    webHandler(async (request) => {
      const { pathname } = new URL(request.url);
      if (pathname.startsWith("/api/auth/")) return auth.handler(request);
      if (pathname === "/api/v1/agreements") return api(request);
      if (pathname.endsWith(".csv")) return csv(new Request(new URL("/api/v1/agreements.csv", request.url), { headers: request.headers }));
      return new Response("not here", { status: 404 });
    }),
  );
});
afterAll(async () => {
  for (const f of fronts) await f.close();
  await origin.close();
  await db.drop();
});

describe("limits key on an address the client cannot forge", () => {
  it(`30 sign-ins, each with a different spoofed X-Forwarded-For: refused with 429 from the ${LIMIT + 1}th`, async () => {
    const base = await front();
    const codes = await statuses(30, () => signIn(base, { "x-forwarded-for": spoofed(), "x-real-ip": spoofed() }));
    expect(codes.slice(0, LIMIT).every((c) => c === 401)).toBe(true); // wrong password, answered by Better Auth
    expect(codes.slice(LIMIT)).toEqual(Array(30 - LIMIT).fill(429));
    const refused = await signIn(base, { "x-forwarded-for": spoofed() });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["x-retry-after"])).toBeGreaterThan(0); // what the sign-in form reads
    expect(JSON.parse(refused.body.toString()).message).toMatch(/Too many sign-in attempts/);
  });

  it(`30 API requests with spoofed X-Forwarded-For, cached answers and absolute-form targets included: 429 from the ${LIMIT + 1}th`, async () => {
    const base = await front();
    const targets = ["/api/v1/agreements?limit=1", "http://127.0.0.1/api/v1/agreements?limit=1", "/api/v1/%61greements?limit=1", "//api/v1/./agreements?limit=1"];
    const answers: { status: number; headers: Record<string, unknown>; body: Buffer }[] = [];
    for (let i = 0; i < 30; i++) answers.push(await raw(base, targets[i % targets.length]!, { "x-forwarded-for": spoofed() }));
    expect(answers.slice(0, LIMIT).map((a) => a.status)).toEqual(Array(LIMIT).fill(200));
    expect(answers.slice(1, LIMIT).some((a) => a.headers["x-cache"] === "HIT")).toBe(true); // answers from memory count too
    expect(answers.slice(LIMIT).map((a) => a.status)).toEqual(Array(30 - LIMIT).fill(429));
    const refused = answers[LIMIT]!;
    expect(errorSchema.safeParse(JSON.parse(refused.body.toString())).success).toBe(true);
    expect(refused.headers["access-control-allow-origin"]).toBe("*");
    expect(refused.headers["ratelimit-limit"]).toBe(String(LIMIT));
  });

  it(`30 bulk downloads (/api/v1/*.csv, /exports/*.csv) with spoofed X-Forwarded-For: 429 from the ${LIMIT + 1}th`, async () => {
    const base = await front();
    const targets = ["/api/v1/agreements.csv", "/exports/deals.csv?type=LICENSED_PRODUCTION", "http://127.0.0.1/api/v1/agreements%2Ecsv", "/exports/charts/x.csv"];
    const codes = await statuses(30, (i) => raw(base, targets[i % targets.length]!, { "x-forwarded-for": spoofed() }));
    expect(codes.slice(0, LIMIT).every((c) => c !== 429)).toBe(true);
    expect(codes.slice(LIMIT)).toEqual(Array(30 - LIMIT).fill(429));
  });

  it("behind a trusted proxy, the right-most untrusted hop is the client: a forged left part of the chain changes nothing", async () => {
    const base = await front({ trusted: new TrustedProxies(["127.0.0.1", "10.0.0.0/8"]) });
    // The proxy (127.0.0.1 here, as the socket's peer) appended 198.51.100.7; everything left of it is the client's own writing.
    const answers: { status: number; body: Buffer }[] = [];
    for (let i = 0; i < 30; i++) answers.push(await signIn(base, { "x-forwarded-for": `${spoofed()}, 198.51.100.7, 10.1.2.3` }));
    expect(answers.slice(0, LIMIT).map((a) => a.status)).toEqual(Array(LIMIT).fill(401));
    expect(answers.slice(LIMIT).map((a) => a.status)).toEqual(Array(30 - LIMIT).fill(429));
    expect(answers.at(-1)!.body.toString()).toMatch(/Too many sign-in attempts/);
    // Another real client behind the same proxy has its own count.
    expect((await signIn(base, { "x-forwarded-for": "198.51.100.8" })).status).toBe(401);
  });

  it("without trusted proxies, X-Forwarded-For is ignored: the socket's address is the client", async () => {
    const base = await front();
    const codes = await statuses(LIMIT + 1, (i) => raw(base, "/api/v1/agreements?limit=1", { "x-forwarded-for": i % 2 ? "198.51.100.9" : "198.51.100.10" }));
    expect(codes).toEqual([...Array(LIMIT).fill(200), 429]);
  });
});

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await (async () => {
  const store = redisStore(redisUrl);
  try {
    return (await new RequestLimit({ name: `probe:${Date.now()}`, points: 1000, windowSeconds: 1 }, store).take("probe")).allowed && (await import("ioredis")).default !== undefined;
  } catch {
    return false;
  } finally {
    await store.close();
  }
})();
if (!redisUp) console.warn(`Redis is not reachable at ${redisUrl}: the shared-limit tests are skipped (CI starts Redis; see .ci/run).`);

describe.skipIf(!redisUp && !process.env.CI)("limits shared through Redis (REDIS_URL)", () => {
  it("two app servers count one client together: 6 requests to one and 5 to the other → the 11th is refused", async () => {
    const prefix = `shared-${Date.now()}`;
    const storeA = redisStore(redisUrl);
    const storeB = redisStore(redisUrl);
    const a = await front({ limits: limits(storeA, prefix) });
    const b = await front({ limits: limits(storeB, prefix) });
    await new Promise((r) => setTimeout(r, 200)); // both connected
    const codes = await statuses(11, (i) => raw(i < 6 ? a : b, "/api/v1/agreements?limit=1", { "x-forwarded-for": spoofed() }));
    expect(codes.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(codes[LIMIT]).toBe(429);
    await storeA.close();
    await storeB.close();
  });

  it("with Redis unreachable, requests are still answered (never a 5xx) and limits fall back to memory", async () => {
    const store = redisStore("redis://127.0.0.1:1"); // nothing listens there
    const base = await front({ limits: limits(store) });
    const codes = await statuses(LIMIT + 1, () => raw(base, "/api/v1/agreements?limit=1"));
    expect(codes.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(codes[LIMIT]).toBe(429);
    await store.close();
  });
});
