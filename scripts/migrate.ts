// Offline Prisma Migrate on the Wasm schema engine (no native schema-engine binary, no network).
// Reads prisma.config.ts (SQLite or PostgreSQL by DATABASE_URL) and keeps Prisma's standard layout:
// prisma[/postgres]/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml and the
// _prisma_migrations table, so a machine with the native engine agrees with what this writes.
//
//   npm run db:migrate -- [--name x] [--create-only] [--force]   ~ prisma migrate dev
//   npm run db:deploy                                            ~ prisma migrate deploy
//   npm run db:status                                            ~ prisma migrate status (exit 1 unless up to date)
//   npm run db:check [-- --script]                               ~ prisma migrate diff --from-migrations --to-schema --exit-code
//                                                                  (exit 2 when schema.prisma has unmigrated changes)
import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaConfig } from "prisma/config";
import prismaConfig from "@/prisma.config";
import { isMissingHistoryTable, openSchemaEngine, sqliteFilePath, type SchemaEngine } from "@/scripts/lib/wasm-schema-engine";

const config: PrismaConfig = prismaConfig;
const root = path.resolve(import.meta.dirname, "..");
const url = config.datasource?.url ?? "";
const schemaPath = path.resolve(root, config.schema ?? "prisma/schema.prisma");
const migrationsDir = path.resolve(root, config.migrations?.path ?? "prisma/migrations");
const filters = { externalTables: config.tables?.external ?? [], externalEnums: config.enums?.external ?? [] };

type MigrationsList = Awaited<ReturnType<typeof listMigrations>>;

async function readSchema(): Promise<[string, string][]> {
  return [[schemaPath, await fs.readFile(schemaPath, "utf8")]];
}

/** Same shape as @prisma/migrate's listMigrations(). */
async function listMigrations() {
  const lockfile = {
    path: "migration_lock.toml",
    content: await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null),
  };
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((d) => d.isDirectory()).map((d) => d.name).sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return { baseDir: migrationsDir, lockfile, migrationDirectories, shadowDbInitScript: config.migrations?.initShadowDb ?? "" };
}

async function diagnose(engine: SchemaEngine, migrationsList: MigrationsList) {
  // A fresh SQLite file makes devDiagnostic throw P1014: no history yet, which is "nothing to reset".
  const result = await engine.devDiagnostic({ migrationsList, filters }).catch((error: unknown) => {
    if (isMissingHistoryTable(error)) return null;
    throw error;
  });
  if (result?.action.tag === "reset") throw new Error(`Drift detected, the database needs a reset: ${result.action.reason}`);
  return result;
}

async function applyPending(engine: SchemaEngine): Promise<void> {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
  console.log(appliedMigrationNames.length ? `Applied: ${appliedMigrationNames.join(", ")}` : "No pending migrations to apply.");
}

async function dev(engine: SchemaEngine, args: string[]): Promise<void> {
  // devDiagnostic must succeed on this engine instance before evaluateDataLoss/createMigration: only
  // it wires up the shadow database, the other two reuse its cached replay (Wasm-engine quirk).
  const first = await diagnose(engine, await listMigrations());
  await applyPending(engine);
  if (first === null) await diagnose(engine, await listMigrations());

  const nameIndex = args.indexOf("--name");
  const name = (nameIndex >= 0 ? (args[nameIndex + 1] ?? "") : "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 200);
  const draft = args.includes("--create-only");
  const schema = { files: (await readSchema()).map(([p, content]) => ({ path: p, content })) };
  const loss = await engine.evaluateDataLoss({ migrationsList: await listMigrations(), schema, filters });
  if (loss.unexecutableSteps.length) throw new Error(loss.unexecutableSteps.map((s) => s.message).join("\n"));
  for (const warning of loss.warnings) console.warn(`warning: ${warning.message}`);
  if (loss.warnings.length && !args.includes("--force")) throw new Error("Data-loss warnings; re-run with --force to accept them.");

  const out = await engine.createMigration({ migrationName: name, draft, migrationsList: await listMigrations(), schema, filters });
  if (out.migrationScript === null || out.migrationScript === undefined) {
    console.log("Already in sync, no schema change was found.");
    return;
  }
  const dir = path.join(migrationsDir, out.generatedMigrationName);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
  await fs.writeFile(
    path.join(migrationsDir, "migration_lock.toml"),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
  );
  console.log(`Created ${path.relative(root, dir)}/migration.${out.extension}`);
  if (!draft) await applyPending(engine);
}

async function status(engine: SchemaEngine): Promise<number> {
  const migrationsList = await listMigrations();
  const result = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }).catch((error: unknown) => {
    if (!isMissingHistoryTable(error)) throw error;
    // Fresh database: the same answer the native engine gives.
    const names = migrationsList.migrationDirectories.map((m) => m.path);
    return {
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: false,
      history: names.length ? { diagnostic: "databaseIsBehind" as const, unappliedMigrationNames: names } : null,
    };
  });
  console.log(JSON.stringify(result, null, 2));
  return result.history || result.failedMigrationNames.length || result.editedMigrationNames.length ? 1 : 0;
}

async function check(engine: SchemaEngine, args: string[]): Promise<number> {
  const schema = { files: (await readSchema()).map(([p, content]) => ({ path: p, content })) };
  const result = await engine.diff({
    from: { tag: "migrations", ...(await listMigrations()) },
    to: { tag: "schemaDatamodel", ...schema },
    script: args.includes("--script"),
    exitCode: true,
    filters,
  });
  process.stdout.write(result.stdout ?? "");
  return result.exitCode; // 0: the migrations reproduce schema.prisma exactly; 2: unmigrated changes
}

async function main(): Promise<number> {
  const [command = "status", ...args] = process.argv.slice(2);
  if (!["dev", "deploy", "status", "check"].includes(command)) {
    console.error(`unknown command "${command}" (dev | deploy | status | check)`);
    return 1;
  }
  // better-sqlite3 creates the file but not its folder (data/ is gitignored, so absent on a fresh clone).
  if (url.startsWith("file:")) await fs.mkdir(path.dirname(sqliteFilePath(url, root)), { recursive: true });
  const engine = await openSchemaEngine(url, await readSchema(), root, (line) => {
    if (process.env.DEBUG) console.error(line);
  });
  try {
    if (command === "dev") await dev(engine, args);
    if (command === "deploy") await applyPending(engine);
    if (command === "status") return await status(engine);
    if (command === "check") return await check(engine, args);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    engine.free();
  }
}

process.exit(await main());
