// Response headers that protect readers: the Content-Security-Policy of each kind of answer, HSTS,
// and the page-cache rule of public pages. proxy.ts applies them at request time; the static ones
// (nosniff, Referrer-Policy, Permissions-Policy, X-Frame-Options) are in next.config.ts.
// See docs/decisions/071-security-headers-and-csp.md.

/**
 * Pages: scripts only with this response's nonce (Next puts it on its own scripts) and what they load
 * ('strict-dynamic'); no plugins, no <base>, forms post only here, never framed. Styles allow inline
 * attributes: the charts (recharts) and React's style props write them, and a style cannot run code.
 */
export function pageCsp(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Embeddable cards (/embed/*): HTML and inline styles only, no script at all, framed by anyone. */
export const EMBED_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

/** Everything else we send (JSON, CSV, feeds, images): nothing may run, nothing may frame it. */
export const RESOURCE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** HSTS for an https site only: on http it would be ignored at best, and lock out a misconfigured host at worst. */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
