// Prisma's schema engine compiled to Wasm (@prisma/schema-engine-wasm), running on the same driver
// adapters the app uses. The Prisma 7.10 CLI only runs the native engine, which it downloads on every
// command (even `prisma generate`), and that download cannot succeed offline or in CI; this is what
// @prisma/migrate's SchemaEngineWasm would do if the CLI still called it.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as wasmRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";
import { parse, toClientConfig } from "pg-connection-string";

export type SchemaEngine = wasmRuntime.SchemaEngine;

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The wasm-bindgen glue reports Rust panics through this global; without it a panic is a bare trap.
    const registry = { message: "", set_message(message: string) { registry.message = message; } };
    if (!Reflect.has(globalThis, "PRISMA_WASM_PANIC_REGISTRY")) Reflect.set(globalThis, "PRISMA_WASM_PANIC_REGISTRY", registry);
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    // SCHEMA_ENGINE_WASM=node_modules/prisma/build/schema_engine_bg.wasm runs the exact engine commit of
    // the prisma CLI instead of the npm package's own build (both produce identical migration SQL).
    const wasmFile = process.env.SCHEMA_ENGINE_WASM ?? path.join(path.dirname(glue), "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(await fs.readFile(wasmFile));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": { ...wasmRuntime } });
    wasmRuntime.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
  })();
  return wasmReady;
}

/** `url`: file:… (SQLite, relative paths against `root`) or postgres(ql)://… */
export async function openSchemaEngine(
  url: string,
  datamodels: [path: string, content: string][],
  root: string,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(patchAdapters(adapterFactory(url, root)));
  return wasmRuntime.SchemaEngine.new({ datamodels }, log, adapter);
}

/** Wasm-engine quirk: on a fresh SQLite file, reading the history fails with P1014 instead of "no table". */
export function isMissingHistoryTable(error: unknown): boolean {
  return (
    error instanceof Object &&
    Reflect.get(error, "code") === "P1014" &&
    String(Reflect.get(error, "message")).includes("_prisma_migrations")
  );
}

export function sqliteFilePath(url: string, root: string): string {
  return path.resolve(root, url.slice("file:".length));
}

function adapterFactory(url: string, root: string): SqlMigrationAwareDriverAdapterFactory {
  if (url.startsWith("file:")) return new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url, root)}` });
  // Discrete fields, NOT { connectionString }: adapter-pg opens the shadow database as
  // new Pool({ ...config, database: shadow }), and a connectionString would override `database`, so
  // the shadow replay would run against the MAIN database.
  // `?schema=` is Prisma's URL parameter, not node-pg's: hand it to the adapter instead.
  const { schema, ...connection } = parse(url);
  const pgConfig = toClientConfig(connection);
  const options = typeof schema === "string" && schema ? { schema } : undefined;
  const factory = new PrismaPg(pgConfig, options);
  // adapter-pg's own connectToShadowDb drops the shadow database while its pool is still connected
  // ("is being accessed by other users") and leaks prisma_migrate_shadow_db_* databases.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "_")}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...pgConfig, database: name }, options).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE "${name}"`);
      await main.dispose();
    };
    return shadow;
  };
  return factory;
}

// Two mismatches between the Wasm engine and the 7.10 adapters, patched for migrations only:
// 1. replaying migrations into the shadow database, the engine sends a whole multi-statement
//    migration.sql through executeRaw, which better-sqlite3 refuses ("more than one statement");
// 2. adapter-pg cannot map Postgres' internal "char" type (OID 18, pg_constraint.contype in the
//    engine's introspection); node-pg already returns it as a string, so report it as text (OID 25).
function patchAdapters(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !/more than one statement|multiple commands/.test(errorText(error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    // performIO is private in adapter-pg's typings, hence Reflect rather than a typed property.
    const performIO: unknown = Reflect.get(adapter, "performIO");
    if (typeof performIO === "function") {
      Reflect.set(adapter, "performIO", async (...args: unknown[]) => {
        const result: unknown = await performIO.apply(adapter, args);
        const fields: unknown = result instanceof Object ? Reflect.get(result, "fields") : undefined;
        if (Array.isArray(fields)) {
          for (const field of fields) if (field instanceof Object && Reflect.get(field, "dataTypeID") === 18) Reflect.set(field, "dataTypeID", 25);
        }
        return result;
      });
    }
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

function errorText(error: unknown): string {
  if (!(error instanceof Object)) return String(error);
  const cause: unknown = Reflect.get(error, "cause");
  const original: unknown = cause instanceof Object ? Reflect.get(cause, "originalMessage") : undefined;
  return String(original ?? Reflect.get(error, "message"));
}
