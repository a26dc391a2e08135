import { isIP } from "node:net";
import { z } from "zod";

// Environment variables, parsed once. The app fails fast with a message saying what to fix: a
// setting that does not parse ("PAGE_CACHE_MB=64MB") is an error, never a silently different default.

/** A whole number from text: "64" → 64; "64MB", "" or "1.5" → an error naming the variable. */
const wholeNumber = (min: number, max: number, example: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number (e.g. ${example}), without units`)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** One trusted proxy: an IPv4/IPv6 address or a CIDR range ("10.0.0.0/8", "::1", "fd00::/8"). */
function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split("/");
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustedProxies = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .superRefine((entries, ctx) => {
    for (const entry of entries) {
      if (!isAddressOrRange(entry)) ctx.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1).` });
    }
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL server. Unset → embedded PGlite under PGLITE_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for embedded PGlite).")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Folder of the embedded database, or "memory://" for a throw-away in-memory one. */
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Port of the production server (scripts/serve.ts) and the default origin's port. */
  PORT: wholeNumber(1, 65535, "3000").default(3000),
  /** Address the production server listens on. */
  HOSTNAME: z.string().trim().min(1).default("0.0.0.0"),
  /** Public origin used in canonical URLs, feeds, citations and share images; default http://localhost:PORT. */
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an http:// or https:// URL, e.g. https://tracker.example.org" }).optional(),
  /** Megabytes of rendered pages kept in memory by the production server; 0 turns the cache off. */
  PAGE_CACHE_MB: wholeNumber(0, 65536, "64").default(64),
  /** Requests per minute per client address on the read API /api/v1 (0 = no limit). */
  API_RATE_LIMIT_PER_MINUTE: wholeNumber(0, 1_000_000_000, "120").default(120),
  /** Bulk downloads (/exports/*.csv, /api/v1/*.csv, /api/v1/export.json) per minute per client address (0 = no limit). */
  EXPORT_RATE_LIMIT_PER_MINUTE: wholeNumber(0, 1_000_000_000, "10").default(10),
  /** Sign-in attempts per minute per client address. */
  SIGN_IN_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000_000, "10").default(10),
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed; empty: the socket's address is the client. */
  TRUSTED_PROXIES: trustedProxies.default([]),
  /** Redis shared by several app servers for the rate limits; unset: limits are counted in this process. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Signs session cookies; unset → a random one kept in AUTH_SECRET_FILE (lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters long.").optional(),
  /** Where the generated session-signing secret is kept when BETTER_AUTH_SECRET is unset. */
  AUTH_SECRET_FILE: z.string().trim().min(1).default(".data/auth-secret"),
  /** The first admin, made by the first start of a database without accounts (lib/auth/users.ts ensureFirstAdmin). */
  ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address.").optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(10, "ADMIN_PASSWORD needs at least 10 characters.")
    .max(128, "ADMIN_PASSWORD may have at most 128 characters.")
    .optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, "SITE_URL"> & {
  /** Always set: the configured origin, or http://localhost:PORT. No trailing slash. */
  SITE_URL: string;
};

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const siteUrl = (parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, "");
  return { ...parsed.data, SITE_URL: siteUrl };
}

export const env = parseEnv();
