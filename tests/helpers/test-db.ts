import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Each test file owns its database: tests/setup/base-db.ts migrates BASE_DB once per run, and a test
 * copies it (a file copy is ~1 ms; running the migrations again would be ~1 s per file).
 */
export const TEST_DB_DIR = path.resolve(import.meta.dirname, "../../.tmp/test-db");
export const BASE_DB = path.join(TEST_DB_DIR, "base.db");

export type TestDb = { file: string; url: string; remove: () => void };

export function copyBaseDb(label: string): TestDb {
  const file = path.join(TEST_DB_DIR, `${label}-${process.pid}-${randomUUID().slice(0, 8)}.db`);
  fs.copyFileSync(BASE_DB, file);
  return { file, url: `file:${file}`, remove: () => fs.rmSync(file, { force: true }) };
}

/** Row count and every primary key of every table, read straight from SQLite (no Prisma involved). */
export function snapshotTables(file: string): Record<string, { count: number; keys: string[] }> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name")
      .pluck()
      .all()
      .map(String);
    const snapshot: Record<string, { count: number; keys: string[] }> = {};
    for (const table of tables) {
      const key = table === "Issuer" ? "code" : "id";
      const keys = db.prepare(`SELECT "${key}" FROM "${table}" ORDER BY "${key}"`).pluck().all().map(String);
      snapshot[table] = { count: keys.length, keys };
    }
    return snapshot;
  } finally {
    db.close();
  }
}
