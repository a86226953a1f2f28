import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyBaseDb, snapshotTables, type TestDb } from "@/tests/helpers/test-db";
import { createDb, type Db } from "@/lib/db";
import { parseIssue } from "@/lib/parse/parse-issue";
import { toRows, type IssueRows } from "@/lib/ingest/to-rows";
import { writeIssue } from "@/lib/ingest/write-issue";

const SEED = "content/2013-11/gazette.zh.txt";
let testDb: TestDb;
let db: Db;
let rows: IssueRows;

beforeAll(() => {
  testDb = copyBaseDb("write-issue");
  db = createDb(testDb.url);
  const parsed = parseIssue(fs.readFileSync(SEED, "utf8"), { file: SEED });
  rows = toRows({ parsed, sourceFile: SEED, sourceSha256: "0".repeat(64) }).rows;
});
afterAll(async () => {
  await db.$disconnect();
  testDb.remove();
});

describe("writeIssue", () => {
  test("creates, then skips an unchanged issue without touching ids", async () => {
    expect(await writeIssue(db, rows)).toBe("created");
    const before = snapshotTables(testDb.file);
    expect(before.Block?.count).toBe(rows.blocks.length);
    expect(await writeIssue(db, rows)).toBe("unchanged");
    expect(snapshotTables(testDb.file)).toEqual(before);
  });

  test("--force replaces every row and keeps the natural keys", async () => {
    const before = await db.block.findMany({ select: { noticeId: true, blockId: true }, orderBy: [{ noticeId: "asc" }, { order: "asc" }] });
    expect(await writeIssue(db, rows, { force: true })).toBe("replaced");
    const after = await db.block.findMany({ select: { noticeId: true, blockId: true }, orderBy: [{ noticeId: "asc" }, { order: "asc" }] });
    expect(after).toEqual(before);
    expect(await db.issue.count()).toBe(1);
  });

  test("a failure half-way through the transaction leaves the old issue as it was", async () => {
    const before = snapshotTables(testDb.file);
    // A block pointing at a notice that does not exist fails its foreign key after the old issue
    // has already been deleted inside the transaction: the delete must roll back with it.
    const broken: IssueRows = {
      ...rows,
      issue: { ...rows.issue, rowsSha256: "f".repeat(64) },
      blocks: [...rows.blocks, { ...rows.blocks[0]!, noticeId: "no-such-notice" }],
    };
    await expect(writeIssue(db, broken)).rejects.toThrow();
    expect(snapshotTables(testDb.file)).toEqual(before);
  });

  test("a notice id owned by another issue is refused before anything is written", async () => {
    const before = snapshotTables(testDb.file);
    const other: IssueRows = { ...rows, issue: { ...rows.issue, slug: "2013-12" } };
    await expect(writeIssue(db, other)).rejects.toThrow(/already belong to another issue/);
    expect(snapshotTables(testDb.file)).toEqual(before);
  });
});
