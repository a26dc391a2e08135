// Request limits per client address, counted by rate-limiter-flexible in a store: this process's
// memory, or Redis shared by every app server (REDIS_URL). With Redis, an in-memory limiter stands in
// whenever Redis is down or slow, so a Redis outage loosens limits per instance but never fails a
// request. See docs/decisions/070-client-address-and-limits.md.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimitRule {
  /** Names the counter; two rules never share counts. */
  name: string;
  /** Requests allowed per window; 0 turns the rule off. */
  points: number;
  windowSeconds: number;
}

/** Where counts live. A shared store (Redis) makes limits hold across app servers. */
export interface RateLimitStore {
  readonly kind: "memory" | "redis";
  limiter(rule: LimitRule): Pick<RateLimiterAbstract, "consume">;
  close(): Promise<void>;
}

export function memoryStore(): RateLimitStore {
  return {
    kind: "memory",
    limiter: (rule) => new RateLimiterMemory({ keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds }),
    close: async () => {},
  };
}

/** Counts in Redis; falls back to counting in memory while Redis is unreachable (never a 5xx). */
export function redisStore(url: string, onError: (error: Error) => void = () => {}): RateLimitStore {
  // No offline queue and one retry: a command fails fast when Redis is away, and the insurance limiter answers.
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 500 });
  let reported = false;
  client.on("error", (error: Error) => {
    if (!reported) onError(error);
    reported = true;
  });
  client.on("ready", () => (reported = false));
  return {
    kind: "redis",
    limiter: (rule) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `tracker:limit:${rule.name}`,
        points: rule.points,
        duration: rule.windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `insurance:${rule.name}`, points: rule.points, duration: rule.windowSeconds }),
      }),
    close: async () => {
      client.disconnect();
    },
  };
}

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the next request is allowed (0 when allowed). */
  retryAfter: number;
}

export class RequestLimit {
  private readonly counter?: Pick<RateLimiterAbstract, "consume">;

  constructor(
    readonly rule: LimitRule,
    store: RateLimitStore,
  ) {
    if (rule.points > 0) this.counter = store.limiter(rule);
  }

  /** Counts one request from `key`. */
  async take(key: string): Promise<LimitDecision> {
    const limit = this.rule.points;
    if (!this.counter) return { allowed: true, limit: 0, remaining: 0, retryAfter: 0 };
    try {
      const res = await this.counter.consume(key);
      return { allowed: true, limit, remaining: res.remainingPoints, retryAfter: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, limit, remaining: 0, retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection; // a store failure the insurance limiter did not absorb
    }
  }
}
