import { chromium } from "@playwright/test";
const [url, selector, out, width = "360", scheme = "light"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme as "light" | "dark", deviceScaleFactor: 2 });
await page.goto(url!, { waitUntil: "networkidle" });
await page.locator(selector!).first().screenshot({ path: out! });
await browser.close();
