// No known password ships: not in the code, not in .env.example (which must work when copied as it
// is), not in the README. The old default is built from parts so that this file does not hold it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const oldDefault = ["change", "me", "admin", "2024"].join("-");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (["node_modules", "generated", ".next", ".data", "test-results"].includes(name)) return [];
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|mjs|md|json|sql|prisma)$/.test(name) ? [full] : [];
  });
}

describe("no built-in password", () => {
  it("the old default password appears nowhere in the code, docs, scripts or settings", () => {
    const all = [
      ...["app", "lib", "components", "scripts", "seeds", "docs", "prisma", "tests"].flatMap((d) => files(path.join(root, d))),
      path.join(root, "README.md"),
      path.join(root, ".env.example"),
    ];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((f) => readFileSync(f, "utf8").includes(oldDefault)).map((f) => path.relative(root, f))).toEqual([]);
  });

  it(".env.example sets no admin password", () => {
    const example = readFileSync(path.join(root, ".env.example"), "utf8");
    expect(example).not.toMatch(/^\s*ADMIN_PASSWORD\s*=\s*\S/m);
  });
});
