// A per-client token bucket kept in memory: `limit` requests a minute, refilled continuously, with a
// burst of up to `limit`. One process, one map; enough for a single server (see
// docs/decisions/051-api-hygiene.md). Buckets that are full again are forgotten, so the map stays small.

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until one request is allowed again (0 when allowed). */
  retryAfter: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  /** `limit` requests per minute per key; 0 turns the limit off. */
  constructor(
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateLimitDecision {
    if (this.limit <= 0) return { allowed: true, limit: 0, remaining: 0, retryAfter: 0 };
    const now = this.now();
    const perMs = this.limit / 60_000;
    this.sweep(now, perMs);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, updated: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.updated) * perMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit: this.limit, remaining: Math.floor(bucket.tokens), retryAfter: 0 };
    }
    return { allowed: false, limit: this.limit, remaining: 0, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  /** Drops buckets that have refilled completely; at most once a minute. */
  private sweep(now: number, perMs: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updated) * perMs >= this.limit) this.buckets.delete(key);
    }
  }
}

/**
 * The client's address: the right-most X-Forwarded-For entry (the one added by the proxy in front, or
 * by Next's own server when there is none), else X-Real-IP.
 */
export function clientKey(request: Request): string {
  return clientKeyOf(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip"));
}

/** The same key from raw header values; `remoteAddress` stands in for the X-Forwarded-For Next would add. */
export function clientKeyOf(forwardedFor: string | null | undefined, realIp: string | null | undefined, remoteAddress?: string): string {
  const last = forwardedFor?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last ?? realIp ?? remoteAddress ?? "unknown";
}
