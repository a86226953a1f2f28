import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prismaSource } from "@/lib/data/prisma-source";
import { createDb } from "@/lib/db";
import { SEED_DIR } from "@/tests/helpers/bad-issue";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, snapshotTables, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

/**
 * Issue 9: ingest never shrinks or corrupts a stored issue silently. Damaged sources are refused at
 * a line, a smaller parse needs --force, a replacement leaves a history row, and concurrent ingests
 * are serialised by a lock, each failure one clean line.
 */
let testDb: TestDb;
let contentDir: string;
let source: string;
const seedBytes = fs.readFileSync(path.join(SEED_DIR, "gazette.zh.txt"));
const seedText = seedBytes.toString("utf8");

const run = (force = false, lockTimeoutMs?: number) => runIngest({ contentDir, databaseUrl: testDb.url, force, lockTimeoutMs });
const cli = (...args: string[]) => runCli("scripts/ingest.ts", ["--content", contentDir, ...args], { DATABASE_URL: testDb.url });

function revisions(): { slug: string; previousSourceSha256: string; sourceSha256: string; previousCounts: string; counts: string; forced: number }[] {
  const db = new Database(testDb.file, { readonly: true });
  try {
    return db.prepare(`SELECT slug, previousSourceSha256, sourceSha256, previousCounts, counts, forced FROM "IssueRevision" ORDER BY id`).all() as never;
  } finally {
    db.close();
  }
}

/** The issue DTO the issue page renders, read from this file's database. */
async function issueDto() {
  globalThis.archiveDb = createDb(testDb.url);
  try {
    return await prismaSource.getIssue("2013-11");
  } finally {
    await globalThis.archiveDb.$disconnect();
    globalThis.archiveDb = undefined;
  }
}

/** No Prisma wording, code frame or stack trace: one ❌ line per failure. */
function expectCleanFailure(stderr: string): void {
  expect(stderr).not.toMatch(/prisma|invocation|^\s+at |\.ts:\d+:\d+/im);
}

beforeAll(async () => {
  testDb = copyBaseDb("ingest-guard");
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-guard-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
  source = path.join(contentDir, "2013-11", "gazette.zh.txt");
  expect((await run()).code).toBe(0);
}, CLI_TIMEOUT);
afterAll(() => {
  testDb.remove();
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe("damaged sources are refused at a line and leave the stored issue as it was", { timeout: CLI_TIMEOUT }, () => {
  const doubled = Buffer.concat([seedBytes, seedBytes]);
  const mismatch = seedText.replace("3. 中华人民共和国商务部公告 2013 年第 3 号", "3. 中华人民共和国商务部公告 2013 年第 4 号");
  test.each([
    ["the first 2,520 bytes", seedBytes.subarray(0, 2520), 24, "contents entries 2, 3, 4, 5, 6, 7 have no notice in the body"],
    ["a 45,000-byte prefix", seedBytes.subarray(0, 45_000), 517, "the text ends inside notice mofcom-ndrc-2012-431 (from line 320) without the gazette's closing 《中国对外经济贸易文告》简介"],
    ["the issue concatenated with itself", doubled, 797, 'the cover title "中国对外经济贸易文告" (first at line 5) appears a second time'],
    ["a contents entry naming another number", Buffer.from(mismatch), 25, "contents entry 3 has no notice in the body"],
  ])("%s", async (_, bytes, line, message) => {
    const before = snapshotTables(testDb.file);
    fs.writeFileSync(source, bytes);
    try {
      const result = await run();
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(`❌ ${source}:${line}: ${message}`);
      expect(snapshotTables(testDb.file)).toEqual(before);
    } finally {
      fs.writeFileSync(source, seedBytes);
    }
  });
});

describe("a smaller re-ingest needs --force, and every change leaves a history row", { timeout: CLI_TIMEOUT }, () => {
  // One standards row (seq 5) deleted: still a valid issue (with count warnings), one row fewer.
  const smaller = seedText.replace(/^5\tSB\/T 10358—2012\t[^\n]*\n/m, "");

  test("an issue never replaced has no correction date", async () => {
    expect((await issueDto())?.correctedOn).toBeNull();
  });

  test("without --force: exit 2, a before → after table, the database untouched", async () => {
    expect(smaller).not.toBe(seedText);
    const before = snapshotTables(testDb.file);
    fs.writeFileSync(source, smaller);
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("❌ 2013-11: replacing the stored issue would lose standards (51 → 50); nothing was written (re-run with --force to replace it anyway)");
    expect(result.stdout).toMatch(/^ {3}standards +51 → 50 {2}▼ -1$/m);
    expect(result.stdout).toMatch(/^ {3}notices +7 → 7$/m);
    expect(snapshotTables(testDb.file)).toEqual(before);
    expect(revisions()).toEqual([]);
  });

  test("a parse that would rename a stored notice (its 文号 line lost) is refused the same way", async () => {
    const before = snapshotTables(testDb.file);
    fs.writeFileSync(source, seedText.replace("商服贸发〔2012〕431号\n", ""));
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("❌ 2013-11: replacing the stored issue would lose notice mofcom-ndrc-2012-431; nothing was written");
    expect(snapshotTables(testDb.file)).toEqual(before);
    fs.writeFileSync(source, smaller);
  });

  test("with --force: replaced, and the previous version's hash and counts are kept", async () => {
    const result = await run(true);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✅ 2013-11 replaced \(7 notices, 247 blocks, 50 standards/m);
    const [revision, ...more] = revisions();
    expect(more).toEqual([]);
    expect(revision).toMatchObject({ slug: "2013-11", forced: 1 });
    expect(revision?.previousSourceSha256).toBe(sha(seedBytes));
    expect(revision?.sourceSha256).toBe(sha(Buffer.from(smaller)));
    expect(JSON.parse(revision?.previousCounts ?? "{}")).toMatchObject({ notices: 7, blocks: 247, standards: 51, licensingDecisions: 44 });
    expect(JSON.parse(revision?.counts ?? "{}")).toMatchObject({ standards: 50 });
  });

  test("growing back needs no --force and adds a second history row; an unchanged run adds none", async () => {
    fs.writeFileSync(source, seedBytes);
    expect((await run()).stdout).toMatch(/^✅ 2013-11 replaced/m);
    expect((await run()).stdout).toMatch(/^✅ 2013-11 unchanged/m);
    const all = revisions();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ previousSourceSha256: sha(Buffer.from(smaller)), sourceSha256: sha(seedBytes), forced: 0 });
  });

  test("the issue page's DTO says on which day the issue was corrected", async () => {
    const db = new Database(testDb.file, { readonly: true });
    const last = db.prepare(`SELECT replacedAt FROM "IssueRevision" ORDER BY id DESC LIMIT 1`).pluck().get();
    db.close();
    expect(typeof last).toBe("string");
    expect((await issueDto())?.correctedOn).toBe(new Date(String(last)).toISOString().slice(0, 10));
  });
});

describe("one ingest at a time", { timeout: CLI_TIMEOUT }, () => {
  test("a lock held longer than --wait: exit 3, one clean line, nothing written", async () => {
    fs.writeFileSync(source, seedText.replace("现予公布。", "现予公布。 "));
    const before = snapshotTables(testDb.file);
    const holder = new Database(testDb.file);
    holder.prepare("BEGIN IMMEDIATE").run();
    try {
      const result = await cli("--wait", "1");
      expect(result.code).toBe(3);
      expect(result.stderr).toBe("❌ 2013-11: another ingest is running (its lock was not released in time); nothing was written — try again when it has finished\n");
    } finally {
      holder.prepare("ROLLBACK").run();
      holder.close();
    }
    expect(snapshotTables(testDb.file)).toEqual(before);
  });

  test("two concurrent ingests: one replaces, the other waits and finds it unchanged (or exits 3), no raw errors", async () => {
    const historyBefore = revisions().length;
    const results = await Promise.all([cli(), cli()]);
    for (const r of results) expectCleanFailure(r.stderr);
    const outcomes = results.map((r) => (r.code === 3 ? "exit 3" : /^✅ 2013-11 (\w+)/m.exec(r.stdout)?.[1])).sort();
    expect([["replaced", "unchanged"], ["exit 3", "replaced"]]).toContainEqual(outcomes);
    expect(revisions()).toHaveLength(historyBefore + 1);
    fs.writeFileSync(source, seedBytes);
  });
});

describe("database failures are one clear line", { timeout: CLI_TIMEOUT }, () => {
  test("an unmigrated database: exit 1, says to run db:deploy, no Prisma text", async () => {
    const empty = path.join(TEST_DB_DIR, `unmigrated-${process.pid}.db`);
    new Database(empty).close();
    try {
      const result = await runCli("scripts/ingest.ts", ["--content", contentDir], { DATABASE_URL: `file:${empty}` });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("❌ the database has not been migrated (a table is missing): run `npm run db:deploy` first\n");
    } finally {
      fs.rmSync(empty, { force: true });
    }
  });
});

function sha(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
