import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeArchive } from "@/bench/archive/load-seed";
import { listLicences, listStandards } from "@/lib/data/records";
import { getDb } from "@/lib/db";
import { useArchiveDb } from "@/tests/helpers/archive-db";
import { CLI_TIMEOUT } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

// The data pages' rows are read once per archive version (lib/data/records.ts): repeated requests
// must not read the database again, and an ingest must be seen by the next request.
let db: TestDb;
let out: string;

beforeAll(async () => {
  db = await useArchiveDb("records-cache");
  out = fs.mkdtempSync(path.join(TEST_DB_DIR, "records-cache-"));
  fs.rmSync(out, { recursive: true });
  writeArchive(out, { issues: 3, seed: 7 });
}, CLI_TIMEOUT);

afterAll(() => {
  db.remove();
  fs.rmSync(out, { recursive: true, force: true });
});

describe("data rows per archive version", { timeout: 60_000 }, () => {
  it("reads the rows once while the archive is unchanged, and again after an ingest", async () => {
    const read = vi.spyOn(getDb().standard, "findMany");
    expect(await listStandards()).toHaveLength(51);
    expect(await listStandards({ q: "香蕉" })).toHaveLength(1);
    expect(await listStandards({ prefix: "SB/T" })).toHaveLength(51);
    expect(read).toHaveBeenCalledTimes(1);
    const licences = (await listLicences()).length;

    const run = await runIngest({ contentDir: out, databaseUrl: db.url });
    expect(run.code, run.stderr).toBe(0);
    const added = await getDb().standard.count({ where: { notice: { issue: { slug: { not: "2013-11" } } } } });
    expect(added).toBeGreaterThan(0);
    expect(await listStandards()).toHaveLength(51 + added);
    expect(read).toHaveBeenCalledTimes(2);
    const addedLicences = await getDb().licensingDecision.count({ where: { notice: { issue: { slug: { not: "2013-11" } } } } });
    expect(await listLicences()).toHaveLength(licences + addedLicences);
    read.mockRestore();
  });
});
