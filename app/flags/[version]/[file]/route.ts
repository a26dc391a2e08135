// GET /flags/<version>/<code>.svg — a country's flag (4:3) from the flag-icons package, cached by
// browsers for a year (the package version is in the URL). Unknown codes answer 404.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { FLAG_VERSION, hasFlag } from "@/lib/flags";

export async function GET(_request: Request, context: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await context.params;
  const code = /^([a-z]{2})\.svg$/.exec(file)?.[1];
  if (!code || !hasFlag(code))
    return new Response("No flag has this name: use a lower-case ISO 3166-1 alpha-2 code, e.g. /flags/gb.svg.", { status: 404 });
  const svg = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "flag-icons", "flags", "4x3", `${code}.svg`));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      // An older version's URL still answers, but only for a day (the drawing may have changed).
      "Cache-Control": version === FLAG_VERSION ? "public, max-age=31536000, immutable" : "public, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
