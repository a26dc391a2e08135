import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the WASM-based embedded Postgres run as plain Node modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
