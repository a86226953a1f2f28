import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addBadIssue, SEED_DIR } from "@/tests/helpers/bad-issue";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, snapshotTables, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

let testDb: TestDb;
let contentDir: string;

/** Ingest of this file's content folder into its database. */
function run(...flags: "--force"[]) {
  return runIngest({ contentDir, databaseUrl: testDb.url, force: flags.includes("--force") });
}

beforeAll(() => {
  testDb = copyBaseDb("ingest");
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
});
afterAll(() => {
  testDb.remove();
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe("ingest", { timeout: CLI_TIMEOUT }, () => {
  test("ingesting twice gives identical row counts and ids", async () => {
    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^✅ 2013-11 created/m);
    const afterFirst = snapshotTables(testDb.file);
    expect(afterFirst.Notice?.count).toBeGreaterThan(0);
    expect(afterFirst.Block?.count).toBeGreaterThan(0);

    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^✅ 2013-11 unchanged/m);
    expect(snapshotTables(testDb.file)).toEqual(afterFirst);
  });

  test("--force rewrites every row: same counts and natural keys", async () => {
    const before = snapshotTables(testDb.file);
    const forced = await run("--force");
    expect(forced.stdout).toMatch(/^✅ 2013-11 replaced/m);
    const after = snapshotTables(testDb.file);
    for (const [table, { count }] of Object.entries(before)) expect(after[table]?.count, table).toBe(count);
    expect(after.Notice).toEqual(before.Notice);
    expect(after.Issuer).toEqual(before.Issuer);
  });

  test("a bad file among good ones: exit 2, FILE:LINE, database untouched", async () => {
    const before = snapshotTables(testDb.file);
    const bad = addBadIssue(contentDir);
    try {
      const result = await run();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`❌ ${bad}:125: `);
      // 2013-11 is already stored from the same input, so it is not even parsed (scripts/lib/ingest-input.ts).
      expect(result.stdout).toMatch(/^✅ 2013-11 unchanged \(same source, translation and code: not parsed again\)/m);
      expect(snapshotTables(testDb.file)).toEqual(before);
    } finally {
      fs.rmSync(path.dirname(bad), { recursive: true });
    }
  });

  test("the CLI itself: exit code 2 and FILE:LINE on stderr, no stack trace", async () => {
    const before = snapshotTables(testDb.file);
    const bad = addBadIssue(contentDir);
    try {
      const result = await runCli("scripts/ingest.ts", ["--content", contentDir], { DATABASE_URL: testDb.url });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`❌ ${bad}:125: `);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(snapshotTables(testDb.file)).toEqual(before);
    } finally {
      fs.rmSync(path.dirname(bad), { recursive: true });
    }
  });

  test("a changed source replaces the issue", async () => {
    const source = path.join(contentDir, "2013-11", "gazette.zh.txt");
    const original = fs.readFileSync(source, "utf8");
    fs.writeFileSync(source, original.replace("现予公布。", "现予公布。 "));
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✅ 2013-11 replaced/m);
  });
});
