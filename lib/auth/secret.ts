// The secret that signs session cookies. BETTER_AUTH_SECRET wins; without it a random secret is made
// once and kept in .data/auth-secret (mode 600), so `npm start` works with no configuration and
// sessions survive restarts. Several app servers sharing one database must share BETTER_AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export const secretFile = () => path.resolve(/*turbopackIgnore: true*/ env.AUTH_SECRET_FILE);

export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long (e.g. `openssl rand -base64 32`).");
    return fromEnv;
  }
  const file = secretFile();
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(file, "utf8").trim();
  }
}
