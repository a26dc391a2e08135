// The embeddable card of a deal (/embed/deals/<slug>): a compact, self-contained HTML document for an
// iframe in a news article — title, type, status, parties, value — with a link back to the full,
// sourced record. No JavaScript, no site chrome; light and dark like the reader's system.
import type { AgreementCardDto } from "@/lib/data/agreement-page";
import { formatMoney, formatPartialDate, labelOf } from "@/lib/format";
import { escapeHtml as e, htmlDocument } from "./html";

const CSS = `
.card{border:1px solid var(--line);border-radius:10px;padding:14px 16px;max-width:720px;margin:0 auto}
.top{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--muted);flex-wrap:wrap}
.brand{display:inline-flex;align-items:center;gap:6px}.flag{display:inline-flex;flex-direction:column;width:12px;height:12px;border-radius:2px;overflow:hidden}
.flag i{flex:1;background:#0057b7}.flag i+i{background:#ffd700}
h1{font-size:18px;line-height:1.3;margin:8px 0 6px}h1 a{color:var(--fg);text-decoration:none}h1 a:hover{text-decoration:underline}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;padding:0;list-style:none}.chips li{background:var(--chip);border-radius:4px;padding:1px 6px;font-size:12px}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0;font-size:13px}dt{color:var(--muted)}dd{margin:0}
.more{display:inline-block;margin-top:10px;font-size:13px;font-weight:600}`;

export function renderDealCard(deal: AgreementCardDto, origin: string): string {
  const url = `${origin}/deals/${deal.slug}`;
  const parties = [...new Set(deal.parties.map((p) => p.actor.name))].join(", ");
  const since = deal.statusSince ? ` since ${formatPartialDate(deal.statusSince.date, deal.statusSince.precision)}` : "";
  const body = `<main><article class="card">
<div class="top"><span class="brand"><span class="flag" aria-hidden="true"><i></i><i></i></span>Ukraine Defence Cooperation Tracker</span><span>${e(labelOf(deal.type))}</span></div>
<h1><a href="${e(url)}" target="_blank" rel="noopener">${e(deal.title)}</a></h1>
<ul class="chips" aria-label="Status"><li>${e(labelOf(deal.status) + since)}</li><li>${e(labelOf(deal.confidence))}</li>${deal.categories.map((c) => `<li>${e(labelOf(c))}</li>`).join("")}</ul>
<dl><dt>Parties</dt><dd>${e(parties || "Not named")}</dd><dt>Value</dt><dd>${e(formatMoney(deal.value))}</dd></dl>
<a class="more" href="${e(url)}" target="_blank" rel="noopener">Full record, sources and quotes →</a>
</article></main>`;
  return htmlDocument({
    title: `${deal.title} · Ukraine Defence Cooperation Tracker`,
    body,
    css: CSS,
    head: `<link rel="canonical" href="${e(url)}"><meta name="robots" content="noindex">`,
  });
}
