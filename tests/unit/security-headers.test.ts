// The header values proxy.ts sends (lib/http/security.ts); the end-to-end spec checks them on the real server.
import { describe, expect, it } from "vitest";
import { createNonce, EMBED_CSP, pageCsp, RESOURCE_CSP, strictTransportSecurity } from "@/lib/http/security";

describe("security headers", () => {
  it("a page's CSP allows scripts only with its nonce (and what they load), and no framing", () => {
    const csp = pageCsp("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(pageCsp("n", { development: true })).toContain("'unsafe-eval'"); // React's dev tooling only
  });

  it("embeds may be framed by anyone and run no script; other resources run nothing and are never framed", () => {
    expect(EMBED_CSP).toContain("frame-ancestors *");
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).not.toContain("script-src");
    expect(RESOURCE_CSP).toContain("frame-ancestors 'none'");
  });

  it("HSTS only for an https site", () => {
    expect(strictTransportSecurity("https://tracker.example.org")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });

  it("draws a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
