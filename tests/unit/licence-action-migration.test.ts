import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SEED_DIR } from "@/tests/helpers/bad-issue";
import { CLI_TIMEOUT } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

/**
 * The data-only migration of issue 15 (注销 = cancel): on a database holding decisions as the old
 * parser stored them (every 注销 as 'revoke'), it turns exactly the 注销 rows into 'cancel', leaves
 * a paragraph printing 撤销 as 'revoke', and is the same SQL for SQLite and PostgreSQL.
 */
const NAME = "licence_action_cancel";
const migrationSql = (dir: string) => {
  const folder = fs.readdirSync(dir).find((f) => f.endsWith(`_${NAME}`));
  if (!folder) throw new Error(`no *_${NAME} migration in ${dir}`);
  return fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
};

let testDb: TestDb;
let contentDir: string;

beforeAll(async () => {
  testDb = copyBaseDb("licence-action");
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
  const run = await runIngest({ contentDir, databaseUrl: testDb.url });
  if (run.code !== 0) throw new Error(run.stderr);
}, CLI_TIMEOUT);
afterAll(() => {
  testDb.remove();
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe(`migration ${NAME}`, () => {
  test("rewrites the old 'revoke' rows of a 注销 paragraph to 'cancel' and keeps 撤销 as 'revoke'", () => {
    const db = new Database(testDb.file);
    try {
      const counts = () => db.prepare(`SELECT "action", COUNT(*) AS n FROM "LicensingDecision" GROUP BY 1 ORDER BY 1`).all();
      expect(counts()).toEqual([
        { action: "cancel", n: 29 },
        { action: "grant", n: 15 },
      ]);
      // As the old parser stored it: every non-grant decision 'revoke'.
      db.exec(`UPDATE "LicensingDecision" SET "action" = 'revoke' WHERE "action" = 'cancel'`);
      // One granting paragraph made to print 撤销 instead, as a notice revoking qualifications would.
      const grant = db.prepare(`SELECT "noticeId", "blockId" FROM "LicensingDecision" WHERE "action" = 'grant' ORDER BY "seq" LIMIT 1`).get();
      const where = `"noticeId" = @noticeId AND "blockId" = @blockId`;
      db.prepare(`UPDATE "Block" SET "text" = replace("text", '赋予', '撤销') WHERE ${where}`).run(grant);
      db.prepare(`UPDATE "LicensingDecision" SET "action" = 'revoke' WHERE ${where}`).run(grant);
      const revokedThere = db.prepare(`SELECT COUNT(*) AS n FROM "LicensingDecision" WHERE ${where}`).get(grant);
      expect(revokedThere).not.toEqual({ n: 0 });

      db.exec(migrationSql("prisma/migrations"));
      expect(db.prepare(`SELECT COUNT(*) AS n FROM "LicensingDecision" WHERE "action" = 'revoke'`).get()).toEqual(revokedThere);
      expect(db.prepare(`SELECT COUNT(*) AS n FROM "LicensingDecision" WHERE "action" = 'cancel'`).get()).toEqual({ n: 29 });
      expect(db.prepare(`SELECT COUNT(*) AS n FROM "LicensingDecision" WHERE "action" = 'revoke' AND NOT (${where})`).get(grant)).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  test("is the same SQL for PostgreSQL", () => {
    expect(migrationSql("prisma/postgres/migrations")).toBe(migrationSql("prisma/migrations"));
  });
});
