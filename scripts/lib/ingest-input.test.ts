import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { SEED_DIR } from "@/tests/helpers/bad-issue";
import { CLI_TIMEOUT } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";
import { checkInputs, codeFingerprint } from "@/scripts/lib/ingest-input";

let testDb: TestDb;
let contentDir: string;
let db: Db;
let source: string;

beforeAll(async () => {
  testDb = copyBaseDb("ingest-input");
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-input-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
  source = path.join(contentDir, "2013-11", "gazette.zh.txt");
  expect((await runIngest({ contentDir, databaseUrl: testDb.url })).code).toBe(0);
  db = createDb(testDb.url);
}, CLI_TIMEOUT);
afterAll(async () => {
  await db.$disconnect();
  testDb.remove();
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe("skipping unchanged issues before parsing", { timeout: CLI_TIMEOUT }, () => {
  test("same source, translation and code: skipped; --force: parsed again", async () => {
    expect(await checkInputs(db, [source], false)).toEqual({ changed: [], unchanged: [{ file: source, slug: "2013-11" }] });
    const forced = await checkInputs(db, [source], true);
    expect(forced.unchanged).toEqual([]);
    expect(forced.changed.map((c) => c.file)).toEqual([source]);
  });

  test("a changed translation file is parsed again", async () => {
    const translation = path.join(contentDir, "2013-11", "translation.en.json");
    const original = fs.readFileSync(translation);
    fs.writeFileSync(translation, Buffer.concat([original, Buffer.from("\n")]));
    try {
      expect((await checkInputs(db, [source], false)).changed.map((c) => c.file)).toEqual([source]);
      // The issue row stores the translation's hash, so it is rewritten, now with the new input hash.
      const run = await runIngest({ contentDir, databaseUrl: testDb.url });
      expect(run.stdout).toMatch(/^✅ 2013-11 replaced \(7 notices/m);
      expect((await checkInputs(db, [source], false)).unchanged).toHaveLength(1);
    } finally {
      fs.writeFileSync(translation, original);
    }
  });

  test("the code fingerprint covers the parser and is stable between calls", async () => {
    const a = await codeFingerprint();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeFingerprint()).toBe(a);
  });
});
