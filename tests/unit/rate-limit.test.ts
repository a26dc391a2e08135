import { describe, expect, it } from "vitest";
import { etagMatches } from "@/lib/api/handlers";
import { clientKey, RateLimiter } from "@/lib/api/rate-limit";

describe("rate limiter (token bucket)", () => {
  it("allows `limit` requests in a burst, then refuses with the seconds to wait", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    const refused = limiter.take("a");
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfter).toBe(20); // 3 a minute → one token every 20 s
    now += 20_000;
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("keeps one bucket per client", () => {
    const limiter = new RateLimiter(1, () => 0);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("a limit of 0 never refuses", () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take("a").allowed).toBe(true);
  });

  it("keys on the right-most X-Forwarded-For address", () => {
    expect(clientKey(new Request("http://x/", { headers: { "x-forwarded-for": "6.6.6.6, 10.0.0.7" } }))).toBe("10.0.0.7");
    expect(clientKey(new Request("http://x/", { headers: { "x-real-ip": "10.0.0.8" } }))).toBe("10.0.0.8");
    expect(clientKey(new Request("http://x/"))).toBe("unknown");
  });
});

describe("If-None-Match", () => {
  it("matches the same tag, weak or strong, in a list, or *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});
