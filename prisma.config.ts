import path from "node:path";
import { defineConfig } from "prisma/config";

// DATABASE_URL is optional (unset → embedded PGlite), so read process.env rather than env(),
// which throws when the variable is missing. The CLI is used only for `generate`, `validate` and
// `format`; migrations run through scripts/db-migrate.ts (see docs/decisions/001-offline-migrations.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://offline@localhost/offline" },
});
