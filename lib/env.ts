import { z } from "zod";

// Environment variables, parsed once. The app fails fast with a message saying what to fix.
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
  /** Public origin used in canonical URLs and feeds. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Requests per minute per client address on /api/v1 (0 = no limit). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /** Signs session cookies; unset → a random one kept in .data/auth-secret (lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters long.").optional(),
  /** The first admin, made by the first start of a database without accounts (lib/auth/users.ts ensureFirstAdmin). */
  ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address.").optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(10, "ADMIN_PASSWORD needs at least 10 characters.")
    .max(128, "ADMIN_PASSWORD may have at most 128 characters.")
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}

export const env = parseEnv();
