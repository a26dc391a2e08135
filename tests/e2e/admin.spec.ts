// The admin from a browser: sign-in, creating an agreement that the public API then shows, field
// errors that keep the input, a refused unauthenticated write, a conflict between two sessions, trash
// and restore, history and restoring a version.
import AxeBuilder from "@axe-core/playwright";
import { expect, request, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

// The run's own first admin (playwright.config.ts); no built-in password exists.
const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
const run = Date.now().toString(36);
const F24 = /Behind the accolades/;
const quote = "Ukrainian territory is well suited for the manufacture of defense equipment.";

test.describe.configure({ mode: "serial" });

let storage: Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signIn(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
}

async function signedIn(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ storageState: storage });
  return { context, page: await context.newPage() };
}

async function pickActor(page: Page, label: string, search: string, name: string) {
  const box = page.getByRole("combobox", { name: label, exact: true });
  await box.fill(search);
  await page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
  await expect(box).toHaveValue(name);
}

/** Fills the new-agreement form: two parties, one status entry, one citation. */
async function fillAgreement(page: Page, title: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill("An agreement typed into the admin by the end-to-end tests, with two parties.");
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Co production" });
  await page.getByRole("group", { name: "Equipment categories" }).getByLabel("Drones").check();
  await pickActor(page, "Party 1 actor", "Britain", "United Kingdom");
  await page.getByLabel("Party 1 role", { exact: true }).selectOption({ label: "Partner" });
  await pickActor(page, "Party 2 actor", "Kyiv", "Ukraine");
  await page.getByLabel("Party 2 role", { exact: true }).selectOption({ label: "Host" });
  await page.getByLabel("Status entry 1 status", { exact: true }).selectOption({ label: "Announced" });
  await page.getByLabel("Status entry 1 date", { exact: true }).fill("2024-03");
  await page.getByLabel("Citation 1 source", { exact: true }).selectOption({ label: (await optionLabel(page, "Citation 1 source", F24))! });
  await page.getByLabel("Citation 1 quote", { exact: true }).fill(quote);
  await page.getByRole("radio", { name: /Published/ }).check();
}

async function optionLabel(page: Page, label: string, pattern: RegExp) {
  const labels = await page.getByLabel(label, { exact: true }).locator("option").allTextContents();
  return labels.find((l) => pattern.test(l));
}

async function createAgreement(page: Page, title: string): Promise<string> {
  await page.goto("/admin/agreements/new");
  await fillAgreement(page, title);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created." })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(await context.newPage());
  storage = await context.storageState();
  await context.close();
});

test("/admin without a session goes to the sign-in page, and a wrong password is refused", async ({ page }) => {
  await page.goto("/admin/agreements");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fagreements$/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /do not match an account/ })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("signs in, creates an agreement with two parties, a status entry and a citation, and the public API shows it", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  const title = `E2E drone co-production ${run}`;
  await createAgreement(page, title);
  const slug = await page.getByLabel("Slug (address)").inputValue();
  expect(slug).toBe(`e2e-drone-co-production-${run}`);

  const response = await page.request.get(`/api/v1/agreements/${slug}`);
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as { data: { title: string; status: string; parties: { role: string; actor: { slug: string } }[]; statusHistory: { status: string; date: { date: string; precision: string } }[]; citations: { quote: string }[] } };
  expect(data.title).toBe(title);
  expect(data.status).toBe("ANNOUNCED");
  expect(data.parties.map((p) => `${p.actor.slug}:${p.role}`).sort()).toEqual(["ukraine:HOST", "united-kingdom:PARTNER"]);
  expect(data.statusHistory).toEqual([expect.objectContaining({ status: "ANNOUNCED", date: expect.objectContaining({ date: "2024-03-01", precision: "MONTH" }) })]);
  expect(data.citations[0]!.quote).toBe(quote);

  // The new deal has its public page at once.
  const pageResponse = await page.request.get(`/deals/${slug}`);
  expect(pageResponse.status()).toBe(200);
  expect(await pageResponse.text()).toContain(title);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test("bad input shows errors next to each field, announced, and keeps everything typed", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  await page.goto("/admin/agreements/new");
  const title = `E2E invalid ${run}`;
  await fillAgreement(page, title);
  await page.getByLabel("Summary", { exact: true }).fill("Too short");
  await page.getByLabel("Status entry 1 date", { exact: true }).fill("2024-02-30");
  await page.getByLabel("Citation 1 quote", { exact: true }).fill("These words are not in the article at all, not anywhere.");
  await page.getByRole("button", { name: "Save" }).click();

  const summaryAlert = page.getByRole("alert").filter({ hasText: "Nothing was saved" });
  await expect(summaryAlert).toBeVisible();
  const summary = page.getByLabel("Summary", { exact: true });
  await expect(summary).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await summary.getAttribute("aria-describedby"))!;
  await expect(page.locator(`[id="${describedBy.split(" ").at(-1)}"]`)).toHaveText(/at least 20|Too small|>=20/i);
  await expect(page.getByLabel("Status entry 1 date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Citation 1 quote", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/does not occur word for word/).first()).toBeVisible();

  // Everything typed is still there.
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(summary).toHaveValue("Too short");
  await expect(page.getByRole("combobox", { name: "Party 1 actor", exact: true })).toHaveValue("United Kingdom");
  await expect(page.getByLabel("Party 2 role", { exact: true })).toHaveValue("HOST");
  await expect(page.getByRole("group", { name: "Equipment categories" }).getByLabel("Drones")).toBeChecked();
  await expect(page.getByLabel("Citation 1 quote", { exact: true })).toHaveValue("These words are not in the article at all, not anywhere.");
  expect((await page.request.get(`/api/v1/agreements/e2e-invalid-${run}`)).status()).toBe(404);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test("a write action called without a session is refused and writes nothing", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  await page.goto("/admin/agreements/new");
  await fillAgreement(page, `E2E unauthenticated ${run}`);
  // The session ends (cookie gone) while the form is open; the server action must check by itself.
  await context.clearCookies();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /not signed in/ })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`E2E unauthenticated ${run}`);
  expect((await page.request.get(`/api/v1/agreements/e2e-unauthenticated-${run}`)).status()).toBe(404);
  await context.close();
});

test("two sessions editing the same record produce a conflict, not a lost update", async ({ browser }) => {
  const first = await signedIn(browser);
  const url = await createAgreement(first.page, `E2E conflict ${run}`);
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await signIn(second);

  await second.goto(url);
  await first.page.goto(url);
  await first.page.getByLabel("Title", { exact: true }).fill(`E2E conflict ${run} — first`);
  await first.page.getByRole("button", { name: "Save" }).click();
  await expect(first.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await second.getByLabel("Summary", { exact: true }).fill("The second editor's summary, typed on the version before the first editor saved.");
  await second.getByRole("button", { name: "Save" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Someone else saved this record" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(admin.email);
  await expect(conflict.getByRole("table", { name: /side by side/ })).toContainText(`E2E conflict ${run} — first`);
  // Nothing of the first edit was overwritten.
  await first.page.reload();
  await expect(first.page.getByLabel("Title", { exact: true })).toHaveValue(`E2E conflict ${run} — first`);
  await expect(first.page.getByLabel("Summary", { exact: true })).not.toHaveValue(/second editor/);

  // Merge: take their title, keep my summary, save again.
  await conflict.getByRole("button", { name: /Use theirs for Title/ }).click();
  await second.getByRole("button", { name: "Save my merged version" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(`E2E conflict ${run} — first`);
  await expect(second.getByLabel("Summary", { exact: true })).toHaveValue(/second editor's summary/);
  await first.context.close();
  await secondContext.close();
});

test("delete moves to the trash (gone from the API), an admin restores it", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  const title = `E2E trash ${run}`;
  const url = await createAgreement(page, title);
  const slug = `e2e-trash-${run}`;
  expect((await page.request.get(`/api/v1/agreements/${slug}`)).status()).toBe(200);

  await page.goto(url);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page).toHaveURL(/\/admin\/agreements\?trashed=/);
  expect((await page.request.get(`/api/v1/agreements/${slug}`)).status()).toBe(404);

  await page.goto("/admin/trash");
  await page.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page).toHaveURL(/\/admin\/agreements\/\d+\?saved=restored$/);
  await expect(page.getByRole("status").filter({ hasText: "Restored from the trash" })).toBeVisible();
  expect((await page.request.get(`/api/v1/agreements/${slug}`)).status()).toBe(200);
  await context.close();
});

test("the history page shows each change and restores an earlier version", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  const url = await createAgreement(page, `E2E history ${run}`);
  await page.getByLabel("Title", { exact: true }).fill(`E2E history ${run} renamed`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`${url}/history`);
  await expect(page.getByRole("heading", { name: /Version 2: update by/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Version 1: create by/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Changes in version 2" })).toContainText(`E2E history ${run} renamed`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 restored as version 3" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Version 3: restore by/ })).toBeVisible();
  await page.goto(url);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`E2E history ${run}`);
  const api = (await (await page.request.get(`/api/v1/agreements/e2e-history-${run}`)).json()) as { data: { title: string } };
  expect(api.data.title).toBe(`E2E history ${run}`);
  await context.close();
});

test("public pages are served from the page cache, and an admin edit or delete shows on the very next request", async ({ browser, baseURL }) => {
  const { context, page } = await signedIn(browser);
  const title = `E2E cached ${run}`;
  const url = await createAgreement(page, title);
  const slug = `e2e-cached-${run}`;
  // A reader's own request context, without the editor's session (the cache never answers a signed-in request).
  const reader = await request.newContext({ baseURL });
  const get = async (path: string) => {
    const response = await reader.get(path);
    return { status: response.status(), cache: response.headers()["x-cache"], text: await response.text() };
  };
  await get(`/deals/${slug}`);
  const cached = await get(`/deals/${slug}`);
  expect(cached).toMatchObject({ status: 200, cache: "HIT" });
  expect(cached.text).toContain(title);

  await page.goto(url);
  await page.getByLabel("Title", { exact: true }).fill(`${title} renamed`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const afterEdit = await get(`/deals/${slug}`);
  expect(afterEdit).toMatchObject({ status: 200, cache: "MISS" });
  expect(afterEdit.text).toContain(`${title} renamed`);
  expect((await get(`/deals?q=${encodeURIComponent(`cached ${run} renamed`)}`)).text).toContain(`${title} renamed`);

  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page).toHaveURL(/\/admin\/agreements\?trashed=/);
  expect((await get(`/deals/${slug}`)).status).toBe(404);
  await reader.dispose();
  await context.close();
});

test("signing out ends the session: /admin asks to sign in again", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin/agreements");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=/);
  await context.close();
});

test("admin pages fit a 360 px screen @phone", async ({ browser }) => {
  const { context, page } = await signedIn(browser);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/admin", "/admin/agreements", "/admin/agreements/new"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
