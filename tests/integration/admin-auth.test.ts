// Sign-in with Better Auth over the app's Prisma 7 client on each database: accounts made by
// admin:create's code path, sessions stored in the database, cookie attributes, rate limiting,
// sign-out. The first admin (no built-in password) is tested in security-first-admin.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, signInRateLimit, type Auth } from "@/lib/auth/config";
import { createUser } from "@/lib/auth/users";
import { createTestDatabase, databaseModes, type TestDatabase } from "../helpers/database";

const secret = "test-secret-test-secret-test-secret-123";

function signInRequest(email: string, password: string, ip: string) {
  return new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  });
}

describe.each(databaseModes)("sign-in on %s", (mode) => {
  let db: TestDatabase;
  let auth: Auth;

  beforeAll(async () => {
    db = await createTestDatabase(mode);
    auth = createAuth(db.prisma, { secret, secureCookies: true });
    const made = await createUser(auth, { email: "Editor@Example.org", password: "correct horse battery", role: "editor" });
    expect(made.created).toBe(true);
  });
  afterAll(() => db.drop());

  it("stores the password as a hash, never in clear", async () => {
    const account = await db.prisma.account.findFirstOrThrow({ where: { user: { email: "editor@example.org" } } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("correct horse");
  });

  it("signs in with email and password, stores the session in the database and sets an httpOnly, SameSite, Secure cookie", async () => {
    const response = await auth.handler(signInRequest("editor@example.org", "correct horse battery", "198.51.100.1"));
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/);
    expect(await db.prisma.session.count({ where: { user: { email: "editor@example.org" } } })).toBe(1);

    const token = /(__Secure-better-auth\.session_token=[^;]+)/.exec(cookie)![1]!;
    const session = await auth.api.getSession({ headers: new Headers({ cookie: token }) });
    expect(session?.user.email).toBe("editor@example.org");
    expect((session?.user as { role?: string }).role).toBe("editor");

    const out = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-out", { method: "POST", headers: { cookie: token, origin: "http://localhost:3000" } }),
    );
    expect(out.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: token }) })).toBeNull();
    expect(await db.prisma.session.count({ where: { user: { email: "editor@example.org" } } })).toBe(0);
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const response = await auth.handler(signInRequest("editor@example.org", "wrong password!!", "198.51.100.2"));
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses self sign-up: accounts are made by an admin", async () => {
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.3" },
        body: JSON.stringify({ email: "intruder@example.org", password: "long enough password", name: "X" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.prisma.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });

  it(`rate-limits sign-in attempts: after ${signInRateLimit.max} in a window the next is refused with 429, even with the right password`, async () => {
    const ip = "198.51.100.50";
    for (let i = 0; i < signInRateLimit.max; i++) {
      const response = await auth.handler(signInRequest("editor@example.org", `guess-number-${i}`, ip));
      expect(response.status).toBe(401);
    }
    const blocked = await auth.handler(signInRequest("editor@example.org", "correct horse battery", ip));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // Another address is not affected.
    const other = await auth.handler(signInRequest("editor@example.org", "correct horse battery", "198.51.100.51"));
    expect(other.status).toBe(200);
  });

  it("refuses a short password and a second account with the same email", async () => {
    expect(await createUser(auth, { email: "x@example.org", password: "short", role: "editor" })).toMatchObject({ created: false, reason: "weak-password" });
    expect(await createUser(auth, { email: "EDITOR@example.org", password: "another long password", role: "admin" })).toMatchObject({ created: false, reason: "exists" });
  });
});
