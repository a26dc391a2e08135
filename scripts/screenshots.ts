// npm run screenshots -- [base-url] [path …] — full-page PNGs at desktop (1280) and phone (360) width
// into test-results/screenshots/, to look at what a page really shows.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ["/"];
const out = path.resolve("test-results", "screenshots");
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
for (const [label, width, height, scheme] of [
  ["desktop", 1280, 900, "light"],
  ["phone", 360, 780, "light"],
  ["desktop-dark", 1280, 900, "dark"],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
  for (const target of targets) {
    await page.goto(new URL(target, base).toString(), { waitUntil: "networkidle" });
    const name = (target.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home") + `-${label}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: true });
    console.log(path.join("test-results", "screenshots", name));
  }
  await page.close();
}
await browser.close();
