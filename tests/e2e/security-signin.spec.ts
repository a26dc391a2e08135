// Signing in, choosing a password and signing out with JavaScript turned off: plain POST forms, the
// same messages as with JavaScript, and the password never in a URL (so never in history, logs or a
// Referer). A password someone else knows (the first admin's one-time password, or one an admin set)
// must be replaced before any admin page works.
import { expect, test, type Page, type Request } from "@playwright/test";

test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: "serial" });

const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };

function watch(page: Page, secrets: string[]) {
  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));
  return {
    posts: () => requests.filter((r) => r.method() === "POST" && r.isNavigationRequest()),
    urlsWithSecrets: () =>
      requests
        .map((r) => r.url())
        .filter((u) => secrets.some((s) => decodeURIComponent(u).includes(s) || u.includes(encodeURIComponent(s)))),
  };
}

async function submit(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signs in and out without JavaScript, by POST, with the usual messages", async ({ page }) => {
  const wrong = "not-the-password-123";
  const traffic = watch(page, [admin.password, wrong]);
  await page.goto("/admin/agreements");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fagreements$/);

  await submit(page, admin.email, wrong);
  await expect(page.getByRole("alert")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await submit(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\/agreements$/);
  // The admin page itself, not a loading skeleton (which would stay forever without JavaScript).
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
  await expect(page.getByText(`${admin.email} · admin`)).toBeVisible();

  expect(traffic.posts().length).toBeGreaterThanOrEqual(2);
  expect(traffic.urlsWithSecrets()).toEqual([]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=/);
});

test("an account made by an admin must choose its own password before any admin page works", async ({ page }) => {
  // The account is made here, so the test runs the same on every attempt (the first admin's one-time
  // password is the same mechanism: tests/integration/security-first-admin.test.ts).
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `one-time-${run}@example.org`;
  const firstPassword = `first-${run}-password`;
  const chosen = `chosen-${run}-password`;
  const traffic = watch(page, [admin.password, firstPassword, chosen]);

  await page.goto("/admin/sign-in?next=%2Fadmin%2Fusers");
  await submit(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("First password").fill(firstPassword);
  await page.getByRole("button", { name: "Make account" }).click();
  await expect(page.getByText(`Account made for ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();

  await submit(page, email, firstPassword);
  await expect(page).toHaveURL(/\/admin\/password/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  // Any admin page sends back here.
  await page.goto("/admin/agreements");
  await expect(page).toHaveURL(/\/admin\/password\?next=%2Fadmin/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();

  await page.getByLabel("One-time password").fill(firstPassword);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(`${chosen}-typo`);
  await page.getByRole("button", { name: "Save my password" }).click();
  await expect(page.getByText("The two new passwords differ.")).toBeVisible();

  await page.getByLabel("One-time password").fill(firstPassword);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Save my password" }).click();
  await expect(page).toHaveURL(/\/admin(\/agreements)?$/);
  await expect(page.getByText(`${email} · editor`)).toBeVisible();
  await page.goto("/admin/agreements");
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
  expect(traffic.urlsWithSecrets()).toEqual([]);
});
