import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fuzzParse, type FuzzTally } from "@/lib/fuzz/fuzz-run";
import { mutantFor, MUTATION_KINDS } from "@/lib/fuzz/mutations";
import { runParseCase } from "@/lib/fuzz/run-case";
import { parseIssue } from "@/lib/parse/parse-issue";
import { SEED_DIR } from "@/tests/helpers/bad-issue";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, snapshotTables, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

/**
 * Issue 9's fuzz at the fast size (500 seeded cases, the same ones on every run); the full run is
 * `npm run fuzz -- --cases 10000` (scripts/fuzz.ts, figures in the README). A hang shows up as this
 * file's timeout: no timed assertions.
 */
const CASES = 500;
const SEED = 20_261_202;
const source = fs.readFileSync(path.join(SEED_DIR, "gazette.zh.txt"));
const original = parseIssue(source.toString("utf8"), { file: "gazette.zh.txt" });
const listed = original.contents.map((c) => c.noticeId);
const roundTrips: string[] = [];
const truncationsKeepingNotices: boolean[] = [];
let tally: FuzzTally;

describe(`parser fuzz: ${CASES} seeded mutants of the 2013-11 issue`, () => {
  beforeAll(() => {
    tally = fuzzParse(source, listed, { seed: SEED, to: CASES }, undefined, (mutant, result) => {
      // A CRLF/BOM copy is the same issue: it must parse to exactly the original.
      if (mutant.kind === "crlf-bom" && JSON.stringify(result.parsed) !== JSON.stringify(original)) roundTrips.push(`${mutant.index}`);
      if (mutant.kind.startsWith("truncate") && result.parsed) truncationsKeepingNotices.push(JSON.stringify(result.parsed.notices) === JSON.stringify(original.notices));
    });
  }, 600_000);

  test("0 crashes and 0 mutants accepted without a notice the contents list", () => {
    expect(tally.cases).toBe(CASES);
    expect(tally.bugs).toEqual([]);
    expect(listed).toHaveLength(7);
  });

  test("every kind of mutation ran, and the undecodable ones were all refused", () => {
    for (const kind of MUTATION_KINDS) {
      const row = tally.byKind.get(kind);
      expect(row, kind).toBeDefined();
      expect((row?.accepted ?? 0) + (row?.["renamed-notice"] ?? 0) + (row?.refused ?? 0), kind).toBeGreaterThan(0);
    }
    for (const kind of ["invalid-utf8", "gbk-bytes", "empty", "binary"] as const) {
      const row = tally.byKind.get(kind);
      expect([row?.accepted, row?.["renamed-notice"]], kind).toEqual([0, 0]);
    }
  });

  test("a truncation is refused unless it cuts only the closing back matter (every notice intact)", () => {
    expect(truncationsKeepingNotices.filter((ok) => !ok)).toEqual([]);
    expect((tally.byKind.get("truncate-bytes")?.refused ?? 0) + (tally.byKind.get("truncate-lines")?.refused ?? 0)).toBeGreaterThan(60);
  });

  test("CRLF/BOM copies parse to exactly the original issue", () => {
    expect(tally.byKind.get("crlf-bom")?.accepted).toBeGreaterThan(30);
    expect(roundTrips).toEqual([]);
  });

  test("the same seed gives the same mutants", () => {
    expect(Buffer.from(mutantFor(source, SEED, 17).bytes).equals(Buffer.from(mutantFor(source, SEED, 17).bytes))).toBe(true);
    expect(Buffer.from(mutantFor(source, SEED, 17).bytes).equals(Buffer.from(mutantFor(source, SEED + 1, 17).bytes))).toBe(false);
  });
});

describe("ingest fuzz: mutants against a stored issue", () => {
  let testDb: TestDb;
  let contentDir: string;
  beforeAll(async () => {
    testDb = copyBaseDb("fuzz");
    contentDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "content-fuzz-"));
    fs.cpSync(SEED_DIR, path.join(contentDir, "2013-11"), { recursive: true });
    expect((await runIngest({ contentDir, databaseUrl: testDb.url })).code).toBe(0);
  }, 120_000);
  afterAll(() => {
    testDb.remove();
    fs.rmSync(contentDir, { recursive: true, force: true });
  });

  test("a refused or smaller mutant leaves the database untouched; a larger one replaces it", async () => {
    const target = path.join(contentDir, "2013-11", "gazette.zh.txt");
    // The first refused, the first smaller and the first not-smaller accepted mutant of the seed.
    const picked = new Map<string, Uint8Array>();
    for (let i = 0; picked.size < 3 && i < CASES; i++) {
      const m = mutantFor(source, SEED, i);
      const r = runParseCase(m.bytes, "m.txt", listed);
      const smaller = r.parsed && r.parsed.notices.flatMap((n) => n.blocks).length < original.notices.flatMap((n) => n.blocks).length;
      const key = r.verdict === "refused" ? "refused" : r.verdict === "accepted" ? (smaller ? "smaller" : "not-smaller") : "bug";
      if (!picked.has(key)) picked.set(key, m.bytes);
    }
    expect([...picked.keys()].sort()).toEqual(["not-smaller", "refused", "smaller"]);
    for (const [key, bytes] of picked) {
      const before = snapshotTables(testDb.file);
      fs.writeFileSync(target, bytes);
      const result = await runIngest({ contentDir, databaseUrl: testDb.url });
      expect(result.code, `${key}: ${result.stderr}`).toBe(key === "not-smaller" ? 0 : 2);
      if (key !== "not-smaller") expect(snapshotTables(testDb.file), key).toEqual(before);
    }
    fs.writeFileSync(target, source);
    expect((await runIngest({ contentDir, databaseUrl: testDb.url, force: true })).code).toBe(0);
  }, 300_000);
});
