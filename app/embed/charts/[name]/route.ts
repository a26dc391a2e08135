// GET /embed/charts/<chart id>?country=GB&from=2023&to=2024 — one overview chart for an <iframe>:
// SVG drawing, legend, data table, source line, CSV and a link back. Framing is allowed for /embed/*
// only (proxy.ts). Filters use the same names and validation as the lists and the API.
import { prisma } from "@/lib/db";
import { getOverview, overviewCharts } from "@/lib/data/overview";
import { renderChartEmbed } from "@/lib/embed/chart-embed";
import { notFoundDocument } from "@/lib/embed/html";
import { env } from "@/lib/env";
import { countryName } from "@/lib/format";
import { agreementQuerySchema, searchParamsToObject } from "@/lib/schemas/query";

export const dynamic = "force-dynamic";

const embedFilters = agreementQuerySchema.pick({ country: true, from: true, to: true }).strict();

export async function GET(request: Request, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  const url = new URL(request.url);
  const parsed = embedFilters.safeParse(searchParamsToObject(url.searchParams));
  if (!parsed.success) {
    // A frameable page never repeats what the address says (another site could frame it with words of its choosing).
    return new Response("This chart cannot be drawn: a filter in its address is not valid. Filters: country (an ISO code, e.g. GB), from and to (YYYY, YYYY-MM or YYYY-MM-DD); nothing else.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  try {
    const chart = overviewCharts(await getOverview(prisma, parsed.data)).find((c) => c.id === name);
    if (!chart) return notFoundDocument("No chart has this address.");
    const f = parsed.data;
    const note = [f.country ? countryName(f.country) : null, f.from || f.to ? `${url.searchParams.get("from") ?? "…"} to ${url.searchParams.get("to") ?? "…"}` : null].filter(Boolean).join(", ");
    const html = renderChartEmbed(chart, { origin: env.SITE_URL.replace(/\/$/, ""), filterNote: note ? `Selection: ${note}` : null });
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" } });
  } catch (error) {
    console.error("Chart embed failed:", error);
    return new Response("The database is not answering right now. Please try again in a moment.", { status: 503 });
  }
}
