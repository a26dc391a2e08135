// No known password ever ships: the first start of an empty database makes its first admin from
// ADMIN_EMAIL/ADMIN_PASSWORD or with a one-time password printed once, which must be replaced before
// any admin action works. The sign-in form's action (a POST, also without JavaScript) gives the same
// messages and the same rate limit as Better Auth's endpoint.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as agreementActions from "@/lib/actions/agreements";
import { choosePassword, signIn, type PasswordState, type SignInState } from "@/lib/actions/session";
import { createAccount } from "@/lib/actions/users";
import { authorize } from "@/lib/auth";
import { createAuth, type Auth } from "@/lib/auth/config";
import { signInMessages } from "@/lib/auth/sign-in";
import { createUser, defaultAdminEmail, ensureFirstAdmin } from "@/lib/auth/users";
import { connect, type DatabaseKind } from "@/lib/db/connection";
import { parseEnv } from "@/lib/env";
import type { FormState } from "@/lib/admin/types";
import { prepareDatabase } from "@/scripts/prepare-db";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";
import { form, requestState, run, signedOut } from "../helpers/admin";

vi.mock("@/lib/db", async () => (await import("../helpers/admin")).nextMocks.db());
vi.mock("next/headers", async () => (await import("../helpers/admin")).nextMocks.headers());
vi.mock("next/cache", async () => (await import("../helpers/admin")).nextMocks.cache());
vi.mock("next/navigation", async () => (await import("../helpers/admin")).nextMocks.navigation());

/** The password the tracker used to create for everyone (built from parts so no file holds it whole). */
const oldDefault = { email: "admin@example.org", password: ["change", "me", "admin", "2024"].join("-") };

function signInRequest(email: string, password: string, ip = "203.0.113.9") {
  return new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  });
}

/** A fresh, empty database of this kind that prepare-db can open by its own settings, as `npm start` does. */
async function freshStartTarget(kind: DatabaseKind): Promise<{ env: NodeJS.ProcessEnv; cleanup: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = await mkdtemp(path.join(tmpdir(), "tracker-first-start-"));
    return { env: { NODE_ENV: "production", PGLITE_DATA_DIR: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  const base = process.env.DATABASE_URL!;
  const name = `tracker_first_start_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { NODE_ENV: "production", DATABASE_URL: url.toString() },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

describe.each(databaseModes)("first admin on %s", (mode) => {
  it("a fresh production start refuses the old default password and prints a one-time password once", async () => {
    const target = await freshStartTarget(mode);
    try {
      const env = parseEnv(target.env);
      const lines: string[] = [];
      await prepareDatabase((line) => lines.push(line), env);
      const db = connect({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
      try {
        const auth = createAuth(db.prisma, { secret: "first-start-test-secret-0123456789abcdef" });
        expect((await auth.handler(signInRequest(oldDefault.email, oldDefault.password))).status).toBe(401);

        const printed = lines.find((l) => l.trim().startsWith("Password:"));
        expect(printed).toBeDefined();
        const oneTime = printed!.trim().slice("Password:".length).trim();
        expect(oneTime.length).toBeGreaterThanOrEqual(20);
        expect(lines.filter((l) => l.includes(oneTime))).toHaveLength(1);
        const user = await db.prisma.user.findUniqueOrThrow({
          where: { email: defaultAdminEmail },
          select: { role: true, mustChangePassword: true },
        });
        expect(user).toEqual({ role: "admin", mustChangePassword: true });
        expect((await auth.handler(signInRequest(defaultAdminEmail, oneTime))).status).toBe(200);
      } finally {
        await db.close();
      }
      // A second start prints no password and makes no account.
      const again: string[] = [];
      await prepareDatabase((line) => again.push(line), env);
      expect(again.some((l) => l.includes("Password:"))).toBe(false);
    } finally {
      await target.cleanup();
    }
  }, 240_000); // a whole first start: migrations and the seed, twice

  describe("ensureFirstAdmin and the forced password change", () => {
    let db: TestDatabase;
    let auth: Auth;

    beforeAll(async () => {
      db = await createTestDatabase(mode);
      auth = createAuth(db.prisma);
      requestState.prisma = db.prisma;
    });
    afterAll(() => db.drop());
    beforeEach(async () => {
      signedOut();
      await db.prisma.user.deleteMany();
      await db.prisma.rateLimit.deleteMany();
    });

    it("takes ADMIN_EMAIL and ADMIN_PASSWORD when both are set, and then does nothing on later starts", async () => {
      const lines: string[] = [];
      const env = { ADMIN_EMAIL: "Ops@Example.org", ADMIN_PASSWORD: "a password the operator chose" };
      expect(await ensureFirstAdmin(db.prisma, env, (l) => lines.push(l))).toEqual({ kind: "from-environment", email: "ops@example.org" });
      expect(lines.join("\n")).not.toContain(env.ADMIN_PASSWORD);
      expect(
        await db.prisma.user.findUniqueOrThrow({ where: { email: "ops@example.org" }, select: { role: true, mustChangePassword: true } }),
      ).toEqual({ role: "admin", mustChangePassword: false });
      expect(await ensureFirstAdmin(db.prisma, { ADMIN_EMAIL: "other@example.org", ADMIN_PASSWORD: "another long password" })).toEqual({
        kind: "exists",
      });
      expect(await db.prisma.user.count()).toBe(1);
    });

    it("makes a different one-time password each time, never a fixed one", async () => {
      const first = await ensureFirstAdmin(db.prisma, {});
      await db.prisma.user.deleteMany();
      const second = await ensureFirstAdmin(db.prisma, {});
      expect(first.kind).toBe("generated");
      expect(second.kind).toBe("generated");
      if (first.kind !== "generated" || second.kind !== "generated") return;
      expect(first.password).not.toBe(second.password);
      expect(first.password).not.toBe(oldDefault.password);
    });

    async function signInWith(email: string, password: string, ip: string) {
      requestState.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": ip });
      const initial: SignInState = { message: null, email: "", submission: 0 };
      return run(() => signIn(initial, form({ email, password, next: "/admin/agreements" })));
    }

    it("the sign-in action keeps the email, says why it refused, and sets the session on success", async () => {
      await createUser(auth, { email: "editor@example.org", password: "the editor's password", role: "editor" });
      const refused = await signInWith("editor@example.org", "not the password", "203.0.113.20");
      expect(refused).toEqual({ result: { message: signInMessages.mismatch, email: "editor@example.org", submission: 1 } });
      expect(await signInWith("editor@example.org", "the editor's password", "203.0.113.20")).toEqual({ redirect: "/admin/agreements" });
      expect(await db.prisma.session.count()).toBe(1);
    });

    it("the sign-in action is limited like the endpoint: the 11th attempt in a minute from one address is refused", async () => {
      await createUser(auth, { email: "editor@example.org", password: "the editor's password", role: "editor" });
      for (let i = 0; i < 10; i++)
        expect(await signInWith("editor@example.org", `wrong password ${i}`, "203.0.113.30")).toMatchObject({
          result: { message: signInMessages.mismatch },
        });
      const blocked = await signInWith("editor@example.org", "the editor's password", "203.0.113.30");
      expect(blocked).toMatchObject({ result: { message: expect.stringMatching(/^Too many sign-in attempts\. Wait \d+ seconds/) } });
      expect(await db.prisma.session.count()).toBe(0);
    });

    it("an account an admin makes gets a one-time password too: the admin knows it, so its owner replaces it", async () => {
      const { headers } = await (async () => {
        await createUser(auth, { email: "boss@example.org", password: "the boss's password", role: "admin" });
        return auth.api.signInEmail({ body: { email: "boss@example.org", password: "the boss's password" }, returnHeaders: true });
      })();
      requestState.headers = new Headers({ cookie: /(better-auth\.session_token=[^;]+)/.exec(headers.get("set-cookie") ?? "")![1]! });
      const idleUser = { status: "idle" as const, message: "", values: { email: "", name: "", role: "editor" }, fieldErrors: {} };
      expect(
        await run(() =>
          createAccount(idleUser, form({ email: "made@example.org", password: "a password the admin typed", role: "editor" })),
        ),
      ).toMatchObject({ result: { status: "created" } });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "made@example.org" } })).mustChangePassword).toBe(true);
    });

    it("a user on a one-time password can do nothing until they choose a password; then the one-time password stops working", async () => {
      const made = await ensureFirstAdmin(db.prisma, {});
      if (made.kind !== "generated") throw new Error("expected a generated password");
      const { headers } = await auth.api.signInEmail({ body: { email: made.email, password: made.password }, returnHeaders: true });
      const cookie = /(better-auth\.session_token=[^;]+)/.exec(headers.get("set-cookie") ?? "")![1]!;
      requestState.headers = new Headers({ cookie });

      expect(await authorize("editor")).toMatchObject({
        ok: false,
        status: 403,
        message: expect.stringMatching(/Choose your own password first/),
      });
      const idle: FormState = { status: "idle", values: {}, version: null };
      expect(await run(() => agreementActions.saveAgreement(idle, form({ title: "Anything" })))).toMatchObject({
        result: { status: "refused" },
      });

      const initial: PasswordState = { message: null, fieldErrors: {}, submission: 0 };
      const choose = (fields: Record<string, string>) => run(() => choosePassword(initial, form({ next: "/admin", ...fields })));
      expect(
        await choose({ current: "wrong one-time password", password: "my own new password", confirm: "my own new password" }),
      ).toMatchObject({ result: { fieldErrors: { current: expect.any(String) } } });
      expect(await choose({ current: made.password, password: "my own new password", confirm: "my own new password!" })).toMatchObject({
        result: { fieldErrors: { confirm: expect.any(String) } },
      });
      expect(await choose({ current: made.password, password: made.password, confirm: made.password })).toMatchObject({
        result: { fieldErrors: { password: expect.any(String) } },
      });
      expect(await choose({ current: made.password, password: "short", confirm: "short" })).toMatchObject({
        result: { fieldErrors: { password: expect.any(String) } },
      });
      expect(await choose({ current: made.password, password: "my own new password", confirm: "my own new password" })).toEqual({
        redirect: "/admin",
      });

      expect((await db.prisma.user.findUniqueOrThrow({ where: { email: made.email } })).mustChangePassword).toBe(false);
      expect((await auth.handler(signInRequest(made.email, made.password, "203.0.113.40"))).status).toBe(401);
      expect((await auth.handler(signInRequest(made.email, "my own new password", "203.0.113.40"))).status).toBe(200);
    });
  });
});
