// Small self-contained HTML documents for routes that are not React pages: the embeddable deal card
// (framed inside other sites, so no site chrome and no JavaScript) and plain 404 answers.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const BASE_CSS = `
:root{color-scheme:light dark;--fg:#0f172a;--muted:#475569;--bg:#fff;--line:#e2e8f0;--accent:#0057b7;--chip:#f1f5f9}
@media (prefers-color-scheme:dark){:root{--fg:#f1f5f9;--muted:#94a3b8;--bg:#020617;--line:#1e293b;--accent:#7dd3fc;--chip:#1e293b}}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}`;

export function htmlDocument({ title, body, css = "", head = "" }: { title: string; body: string; css?: string; head?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>${head}<style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;
}

/** A plain 404 page with links to the deal list and search. */
export function notFoundDocument(message: string): Response {
  const body = `<main style="max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>Not found</h1><p>${escapeHtml(message)}</p><p><a href="/deals">All deals</a> · <a href="/search">Search</a> · <a href="/">Overview</a></p></main>`;
  return new Response(htmlDocument({ title: "Not found", body, head: '<meta name="robots" content="noindex">' }), {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
