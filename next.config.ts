import { randomBytes } from "node:crypto";
import type { NextConfig } from "next";

// One id per build, inlined into the app: public pages' ETags name it (lib/http/cache-policy.ts), so a
// new deploy never answers 304 for a page the previous build rendered.
const buildId = process.env.TRACKER_BUILD_ID ?? `${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

/** Headers that never change with the request; the CSP, HSTS and caching rules are set in proxy.ts. */
const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

const nextConfig: NextConfig = {
  // Database drivers and the WASM-based embedded Postgres run as plain Node modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  generateBuildId: async () => buildId,
  env: { TRACKER_BUILD_ID: buildId },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      // No other site may frame our pages (clickjacking; CSP frame-ancestors says the same to newer browsers)…
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // …except the embeddable cards, which exist to be framed in articles (their CSP: frame-ancestors *).
    ];
  },
};

export default nextConfig;
