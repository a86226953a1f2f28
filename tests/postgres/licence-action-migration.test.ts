import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SEED_DIR } from "@/tests/helpers/bad-issue";
import { onServer, withDatabase } from "@/tests/helpers/postgres";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { TEST_DB_DIR } from "@/tests/helpers/test-db";

/**
 * The data-only migration of issue 15 on PostgreSQL (the SQLite half: tests/unit/licence-action-migration.test.ts):
 * on decisions stored as the old parser stored them (every 注销 as 'revoke'), it turns the 注销 rows
 * into 'cancel' and leaves a paragraph printing 撤销 as 'revoke'.
 */
const SERVER_URL = process.env.TEST_POSTGRES_URL;
if (!SERVER_URL) throw new Error("TEST_POSTGRES_URL is unset: run these tests with `npm run test:postgres`");
const database = `gazette_action_${randomUUID().slice(0, 8)}`;
const pgUrl = withDatabase(SERVER_URL, database);
let contentDir: string;

const migrationSql = () => {
  const dir = "prisma/postgres/migrations";
  const folder = fs.readdirSync(dir).find((f) => f.endsWith("_licence_action_cancel"));
  if (!folder) throw new Error(`no *_licence_action_cancel migration in ${dir}`);
  return fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
};

beforeAll(async () => {
  await onServer(SERVER_URL, (client) => client.query(`CREATE DATABASE "${database}"`));
  const deploy = await runCli("scripts/migrate.ts", ["deploy"], { DATABASE_URL: pgUrl });
  if (deploy.code !== 0) throw new Error(deploy.stderr);
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-pg-action-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
  const ingest = await runIngest({ contentDir, databaseUrl: pgUrl });
  if (ingest.code !== 0) throw new Error(ingest.stderr);
}, CLI_TIMEOUT);

afterAll(async () => {
  fs.rmSync(contentDir, { recursive: true, force: true });
  await onServer(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

describe("PostgreSQL: migration licence_action_cancel", { timeout: CLI_TIMEOUT }, () => {
  test("rewrites the old 'revoke' rows of a 注销 paragraph to 'cancel' and keeps 撤销 as 'revoke'", async () => {
    await onServer(pgUrl, async (client) => {
      const count = async (action: string) =>
        Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "LicensingDecision" WHERE "action" = $1`, [action])).rows[0]?.n);
      expect([await count("grant"), await count("cancel"), await count("revoke")]).toEqual([15, 29, 0]);
      await client.query(`UPDATE "LicensingDecision" SET "action" = 'revoke' WHERE "action" = 'cancel'`);
      // One granting paragraph made to print 撤销 instead.
      const grant = (await client.query<{ noticeId: string; blockId: string }>(
        `SELECT "noticeId", "blockId" FROM "LicensingDecision" WHERE "action" = 'grant' ORDER BY "seq" LIMIT 1`,
      )).rows[0];
      if (!grant) throw new Error("no granting decision");
      const where = `"noticeId" = $1 AND "blockId" = $2`;
      await client.query(`UPDATE "Block" SET "text" = replace("text", '赋予', '撤销') WHERE ${where}`, [grant.noticeId, grant.blockId]);
      const there = await client.query(`UPDATE "LicensingDecision" SET "action" = 'revoke' WHERE ${where}`, [grant.noticeId, grant.blockId]);
      expect(there.rowCount).toBeGreaterThan(0);

      await client.query(migrationSql());
      expect([await count("cancel"), await count("revoke")]).toEqual([29, there.rowCount]);
      const stray = await client.query(`SELECT 1 FROM "LicensingDecision" WHERE "action" = 'revoke' AND NOT (${where})`, [grant.noticeId, grant.blockId]);
      expect(stray.rowCount).toBe(0);
    });
  });
});
