import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run the real app (`npm start`: build if needed, migrate, seed) in Debian's
// Chromium. With DATABASE_URL set they use a fresh database made beside it on that PostgreSQL server;
// otherwise a throw-away PGlite folder — so your own database is never touched.
const port = Number(process.env.E2E_PORT ?? 3100);
// The test database's first admin: credentials made for this run and handed to the app through the
// environment, as an operator would (no built-in password exists). Workers inherit them from here.
process.env.E2E_ADMIN_EMAIL ??= "e2e-admin@example.org";
process.env.E2E_ADMIN_PASSWORD ??= `e2e-${randomBytes(18).toString("base64url")}`;
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
      ],
    },
  },
  // The admin tests publish new records; they run after every read-only test, so that counts other
  // tests compare (lists, charts, feeds) never change under them.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /admin\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: /admin\.spec\.ts/ },
    { name: "admin", use: { ...devices["Desktop Chrome"] }, testMatch: /admin\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    // A fresh database (tests/e2e/fixtures/server.ts), fixtures (prepare.ts migrates, seeds and adds
    // test-only records), then the app; the database is dropped when the server stops.
    command: "npx tsx tests/e2e/fixtures/server.ts",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(port),
      PGLITE_DATA_DIR: process.env.E2E_PGLITE_DATA_DIR ?? ".data/e2e",
      SITE_URL: baseURL,
      // Many tests share one client address; the limits themselves are covered by tests/integration/security-limits.test.ts.
      API_RATE_LIMIT_PER_MINUTE: process.env.API_RATE_LIMIT_PER_MINUTE ?? "100000",
      EXPORT_RATE_LIMIT_PER_MINUTE: process.env.EXPORT_RATE_LIMIT_PER_MINUTE ?? "100000",
      ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
      E2E_ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      E2E_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdout: "pipe",
  },
});
