// Prisma's schema engine (WASM build) over an in-memory PGlite: the offline way to create migrations
// and to check that prisma/schema.prisma and prisma/migrations agree. The native engine cannot be
// downloaded here (docs/decisions/001-offline-migrations.md). Used by scripts and tests only.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { listMigrations, schemaPath } from "./migrations";

const require = createRequire(import.meta.url);
let loaded: Promise<void> | undefined;

/** Instantiates the WASM module once per process, with timers that never keep the process alive. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const file = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const imports: Record<string, unknown> = { ...bg };
    for (const [name, fn] of Object.entries(bg)) {
      if (name.startsWith("__wbg_setTimeout") && typeof fn === "function") {
        imports[name] = (...args: unknown[]) => {
          const timer = (fn as (...a: unknown[]) => unknown)(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(await readFile(file), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return loaded;
}

export interface EngineSession {
  engine: SchemaEngine;
  pglite: PGlite;
  close(): Promise<void>;
}

/** A schema engine bound to a fresh in-memory PGlite database. */
export async function openEngine(): Promise<EngineSession> {
  await loadWasm();
  const pglite = new PGlite();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const schema = await readFile(schemaPath, "utf8");
  const { SchemaEngine: Engine } = bg as unknown as { SchemaEngine: typeof SchemaEngine };
  const engine = await Engine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
  return {
    engine,
    pglite,
    async close() {
      engine.free();
      await pglite.close();
    },
  };
}

/**
 * SQL that would bring a database holding every existing migration up to schema.prisma.
 * Empty string when they agree.
 */
export async function diffMigrationsToSchema(options: { schema?: string } = {}): Promise<string> {
  const session = await openEngine();
  try {
    for (const migration of await listMigrations()) {
      await session.pglite.exec(migration.sql);
    }
    const schema = options.schema ?? (await readFile(schemaPath, "utf8"));
    const files = [{ path: schemaPath, content: schema }];
    const result = await session.engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    } as never);
    return normaliseDiff(String((result as { stdout?: string }).stdout ?? ""));
  } finally {
    await session.close();
  }
}

/** The engine prints a comment when there is nothing to do; treat that as empty. */
function normaliseDiff(sql: string): string {
  const meaningful = sql
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^--\s*This is an empty migration\.?$/i.test(line.trim()));
  return meaningful.length === 0 ? "" : sql.trim() + "\n";
}
