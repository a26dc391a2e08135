import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React server components; in tests it is a no-op.
      "server-only": path.join(root, "tests", "helpers", "empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Signs test sessions; never a real secret.
          env: { BETTER_AUTH_SECRET: "integration-tests-only-secret-0123456789" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file makes its own databases; two at a time suits a two-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
