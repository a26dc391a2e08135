// Signing in, choosing a password and signing out with JavaScript turned off: plain POST forms, the
// same messages as with JavaScript, and the password never in a URL (so never in history, logs or a
// Referer). The one-time password of a first admin must be replaced before any admin page works.
import { expect, test, type Page, type Request } from "@playwright/test";
import { ONE_TIME_EMAIL } from "./fixtures/accounts";

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

test("a one-time password leads to 'Choose your password', and nothing else works until it is replaced", async ({ page }) => {
  const oneTime = process.env.E2E_ONE_TIME_PASSWORD!;
  const chosen = `chosen-${Date.now().toString(36)}-password`;
  const traffic = watch(page, [oneTime, chosen]);
  await page.goto("/admin/sign-in");
  await submit(page, ONE_TIME_EMAIL, oneTime);
  await expect(page).toHaveURL(/\/admin\/password/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();

  // Any admin page sends back here.
  await page.goto("/admin/agreements");
  await expect(page).toHaveURL(/\/admin\/password\?next=%2Fadmin/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();

  await page.getByLabel("One-time password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(`${chosen}-typo`);
  await page.getByRole("button", { name: "Save my password" }).click();
  await expect(page.getByText("The two new passwords differ.")).toBeVisible();

  await page.getByLabel("One-time password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Save my password" }).click();
  await expect(page).toHaveURL(/\/admin(\/agreements)?$/);
  await expect(page.getByText(`${ONE_TIME_EMAIL} · editor`)).toBeVisible();
  expect(traffic.urlsWithSecrets()).toEqual([]);

  // The one-time password no longer works; the chosen one does.
  await page.getByRole("button", { name: "Sign out" }).click();
  await submit(page, ONE_TIME_EMAIL, oneTime);
  await expect(page.getByRole("alert")).toHaveText("That email and password do not match an account.");
  await submit(page, ONE_TIME_EMAIL, chosen);
  await expect(page).toHaveURL(/\/admin$/);
});
