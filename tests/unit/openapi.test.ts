// The OpenAPI document is valid OpenAPI 3.1, lists every route under app/api/v1, and documents each
// CSV's columns exactly as lib/export/columns.ts defines them.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { csvColumns, csvEntities } from "@/lib/export/columns";

const document = buildOpenApiDocument("https://tracker.example");
type Operation = { responses: Record<string, { content?: Record<string, { example?: string }> }>; parameters?: { name: string }[] };
const paths = document.paths as Record<string, { get: Operation }>;

/** Every route.ts under app/api/v1 as an OpenAPI path ([slug] → {slug}); the catch-all 404 excluded. */
function routesOnDisk(): string[] {
  const root = path.resolve(import.meta.dirname, "..", "..", "app", "api", "v1");
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === "route.ts" && !segments.some((s) => s.startsWith("[..."))) {
        out.push(`/api/v1/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`);
      }
    }
  };
  walk(root, []);
  return out.sort();
}

describe("OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("lists every route under /api/v1, and only those", () => {
    const documented = Object.keys(paths).filter((p) => p.startsWith("/api/v1/")).sort();
    const onDisk = routesOnDisk();
    expect(onDisk.length).toBeGreaterThanOrEqual(18);
    expect(documented).toEqual(onDisk);
  });

  it("resolves every $ref to a component", () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(schemas|headers)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    const headers = (document.components as { headers: Record<string, unknown> }).headers;
    for (const [, kind, id] of refs) expect(kind === "schemas" ? schemas[id!] : headers[id!], `${kind}/${id}`).toBeDefined();
  });

  it("documents each list's query parameters from the query schemas", () => {
    expect(paths["/api/v1/agreements"]!.get.parameters!.map((p) => p.name).sort()).toEqual(
      ["actor", "category", "country", "cursor", "from", "limit", "q", "status", "to", "type"].sort(),
    );
    expect(paths["/api/v1/sources"]!.get.parameters!.map((p) => p.name)).not.toContain("status");
  });

  it.each(csvEntities)("documents the columns of %s.csv", (entity) => {
    const operation = paths[`/api/v1/${entity}.csv`]!.get as Operation & { description: string };
    const example = operation.responses["200"]!.content!["text/csv"]!.example!;
    expect(example).toBe(`${csvColumns[entity].map((c) => c.name).join(",")}\r\n`);
    for (const column of csvColumns[entity]) expect(operation.description).toContain(`| \`${column.name}\` |`);
  });
});
