import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb } from "@/lib/db";
import { prismaSource } from "@/lib/data/prisma-source";
import { INGEST_LOCK_KEY } from "@/lib/ingest/ingest-lock";
import { addBadIssue, SEED_DIR } from "@/tests/helpers/bad-issue";
import { onServer, withDatabase } from "@/tests/helpers/postgres";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, snapshotTables, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

/**
 * The PostgreSQL half of the storage layer, against a real server (scripts/with-postgres.sh starts a
 * throwaway one): the PostgreSQL migrations apply to an empty database, ingest writes the same rows
 * as on SQLite, stays idempotent, refuses bad input without touching the database, and the read side
 * returns identical notices from both stores.
 */
const SERVER_URL = process.env.TEST_POSTGRES_URL;
if (!SERVER_URL) throw new Error("TEST_POSTGRES_URL is unset: run these tests with `npm run test:postgres`");

const database = `gazette_test_${randomUUID().slice(0, 8)}`;
const pgUrl = withDatabase(SERVER_URL, database);
let sqlite: TestDb;
let contentDir: string;

/** The PostgreSQL twin of snapshotTables: row count and every primary key of every table. */
function snapshotPostgres(): Promise<Record<string, { count: number; keys: string[] }>> {
  return onServer(pgUrl, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%' ORDER BY table_name",
    );
    const snapshot: Record<string, { count: number; keys: string[] }> = {};
    for (const { name } of tables.rows) {
      const key = name === "Issuer" ? "code" : "id";
      const column = await client.query<{ type: string }>(
        "SELECT data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2",
        [name, key],
      );
      // SQLite's snapshot orders integers numerically and text bytewise; "C" is PostgreSQL's bytewise order.
      const collate = column.rows[0]?.type === "text" ? ' COLLATE "C"' : "";
      const rows = await client.query<{ key: string }>(`SELECT "${key}"::text AS key FROM "${name}" ORDER BY "${key}"${collate}`);
      snapshot[name] = { count: rows.rows.length, keys: rows.rows.map((row) => row.key) };
    }
    return snapshot;
  });
}

function ingestInto(databaseUrl: string, force = false, lockTimeoutMs?: number) {
  return runIngest({ contentDir, databaseUrl, force, lockTimeoutMs });
}

beforeAll(async () => {
  await onServer(SERVER_URL, (client) => client.query(`CREATE DATABASE "${database}"`));
  sqlite = copyBaseDb("postgres-parity");
  contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-pg-"));
  fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
});

afterAll(async () => {
  globalThis.archiveDb = undefined;
  sqlite.remove();
  fs.rmSync(contentDir, { recursive: true, force: true });
  await onServer(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

describe("PostgreSQL", { timeout: CLI_TIMEOUT }, () => {
  test("migrations apply to an empty database and leave it up to date", async () => {
    const deploy = await runCli("scripts/migrate.ts", ["deploy"], { DATABASE_URL: pgUrl });
    expect(deploy.stderr).toBe("");
    expect(deploy.code).toBe(0);
    const status = await runCli("scripts/migrate.ts", ["status"], { DATABASE_URL: pgUrl });
    expect(status.code).toBe(0);
    const applied = await onServer(pgUrl, (client) =>
      client.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1"),
    );
    const onDisk = fs
      .readdirSync("prisma/postgres/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(applied.rows.map((row) => row.name)).toEqual(onDisk);
  });

  test("ingest writes exactly the rows SQLite gets, table by table, key by key", async () => {
    const intoPostgres = await ingestInto(pgUrl);
    expect(intoPostgres.stderr).toBe("");
    expect(intoPostgres.code).toBe(0);
    expect(intoPostgres.stdout).toMatch(/^✅ 2013-11 created/m);
    expect((await ingestInto(sqlite.url)).code).toBe(0);

    const postgres = await snapshotPostgres();
    const reference = snapshotTables(sqlite.file);
    expect(Object.keys(postgres).sort()).toEqual(Object.keys(reference).sort());
    for (const [table, rows] of Object.entries(reference)) expect(postgres[table], table).toEqual(rows);
    expect(postgres.Notice?.count).toBe(7);
    expect(postgres.Standard?.count).toBe(51);
    expect(postgres.LicensingDecision?.count).toBe(44);
  });

  test("a second ingest skips the unchanged issue; --force replaces it with the same keys", async () => {
    const before = await snapshotPostgres();
    const again = await ingestInto(pgUrl);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^✅ 2013-11 unchanged/m);
    expect(await snapshotPostgres()).toEqual(before);

    const forced = await ingestInto(pgUrl, true);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^✅ 2013-11 replaced/m);
    const after = await snapshotPostgres();
    for (const [table, { count }] of Object.entries(before)) expect(after[table]?.count, table).toBe(count);
    expect(after.Notice).toEqual(before.Notice);
  });

  test("a bad issue beside a good one: exit 2, FILE:LINE, PostgreSQL untouched", async () => {
    const before = await snapshotPostgres();
    const bad = addBadIssue(contentDir);
    try {
      const result = await ingestInto(pgUrl);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`❌ ${bad}:125: `);
      expect(await snapshotPostgres()).toEqual(before);
    } finally {
      fs.rmSync(path.dirname(bad), { recursive: true, force: true });
    }
  });

  test("the read side returns the same issues and every notice from both stores", async () => {
    const read = async (url: string) => {
      await globalThis.archiveDb?.$disconnect();
      globalThis.archiveDb = createDb(url);
      const issues = await prismaSource.listIssues();
      const ids = await prismaSource.listNoticeIds();
      const notices = await Promise.all(ids.map((id) => prismaSource.getNotice(id)));
      const issue = await prismaSource.getIssue("2013-11");
      const bySeries = await prismaSource.findIssueBySeries(808);
      await globalThis.archiveDb.$disconnect();
      return { issues, ids, notices, issue, bySeries };
    };
    const fromPostgres = await read(pgUrl);
    const fromSqlite = await read(sqlite.url);
    expect(fromPostgres.ids).toHaveLength(7);
    expect(fromPostgres.issue?.contents).toHaveLength(7);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  // After the parity checks above: these tests change the PostgreSQL side only.
  test("a smaller re-ingest needs --force, and the replacement leaves an IssueRevision row", async () => {
    const source = path.join(contentDir, "2013-11", "gazette.zh.txt");
    const original = fs.readFileSync(source);
    const before = await snapshotPostgres();
    fs.writeFileSync(source, original.toString("utf8").replace(/^5\tSB\/T 10358—2012\t[^\n]*\n/m, ""));
    try {
      const refused = await ingestInto(pgUrl);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("❌ 2013-11: replacing the stored issue would lose standards (51 → 50)");
      expect(await snapshotPostgres()).toEqual(before);
      const forced = await ingestInto(pgUrl, true);
      expect(forced.code).toBe(0);
      const rows = await onServer(pgUrl, (client) =>
        client.query<{ forced: boolean; previous: { standards: number }; now: { standards: number } }>(
          'SELECT forced, "previousCounts" AS previous, counts AS now FROM "IssueRevision" WHERE slug = $1 ORDER BY id',
          ["2013-11"],
        ),
      );
      expect(rows.rows.map((r) => [r.forced, r.previous.standards, r.now.standards])).toEqual([[true, 51, 50]]);
    } finally {
      fs.writeFileSync(source, original);
    }
    expect((await ingestInto(pgUrl)).code).toBe(0);
  });

  test("the advisory lock held by another ingest: exit 3 with one clean line, nothing written", async () => {
    const source = path.join(contentDir, "2013-11", "gazette.zh.txt");
    const original = fs.readFileSync(source);
    fs.writeFileSync(source, original.toString("utf8").replace("现予公布。", "现予公布。 "));
    const holder = new pg.Client({ connectionString: pgUrl });
    await holder.connect();
    try {
      const before = await snapshotPostgres();
      await holder.query(`SELECT pg_advisory_lock(${INGEST_LOCK_KEY})`);
      const result = await ingestInto(pgUrl, false, 1000);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe("❌ 2013-11: another ingest is running (its lock was not released in time); nothing was written — try again when it has finished");
      expect(await snapshotPostgres()).toEqual(before);
      await holder.query(`SELECT pg_advisory_unlock(${INGEST_LOCK_KEY})`);
      expect((await ingestInto(pgUrl)).stdout).toMatch(/^✅ 2013-11 replaced/m);
    } finally {
      await holder.end();
      fs.writeFileSync(source, original);
    }
  });
});
