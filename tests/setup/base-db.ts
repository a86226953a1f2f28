import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BASE_DB, TEST_DB_DIR } from "@/tests/helpers/test-db";

/** Vitest globalSetup: migrate one SQLite file with the project's own migrate script, once per run. */
export default function setup(): void {
  fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  const root = path.resolve(import.meta.dirname, "../..");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrating the test base database failed:\n${result.stdout}${result.stderr}`);
}
