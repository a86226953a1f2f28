import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateArchive } from "@/bench/archive/generate-archive";
import { loadSeed, MARKER, prepareOutDir, writeArchive } from "@/bench/archive/load-seed";
import { parseIssue } from "@/lib/parse/parse-issue";
import { applyTranslation } from "@/lib/translations/load";
import { translationFileSchema } from "@/lib/translations/schema";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, snapshotTables, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

// The CI check of the synthetic archive (issue 11): 20 generated issues, read back from disk and
// parsed by the real parser, each with coverage 100 %, and notice ids unique across the archive.
const ISSUES = 20;
let out: string;
let testDb: TestDb;
const bySlug = (a: string, b: string) => a.split("-").map(Number).reduce((d, x, i) => d || x - Number(b.split("-")[i]), 0);
const read = (slug: string, file: string) => fs.readFileSync(path.join(out, slug, file), "utf8");

beforeAll(() => {
  out = fs.mkdtempSync(path.join(TEST_DB_DIR, "archive-"));
  fs.rmSync(out, { recursive: true });
  testDb = copyBaseDb("archive");
});
afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
  testDb.remove();
});

describe("synthetic archive generator", { timeout: 120_000 }, () => {
  test("20 issues: every one parses with coverage 100 %, slugs, texts and notice ids unique", () => {
    const slugs = writeArchive(out, { issues: ISSUES, seed: 1 });
    expect(slugs).toHaveLength(ISSUES);
    const real = loadSeed().parsed;
    const ids = new Map<string, string>();
    const hashes = new Set<string>();
    for (const slug of slugs) {
      const text = read(slug, "gazette.zh.txt");
      hashes.add(createHash("sha256").update(text).digest("hex"));
      const parsed = parseIssue(text, { file: slug });
      expect(parsed.coverage.ratio, slug).toBe(1);
      expect(parsed.coverage.unmappedLines, slug).toEqual([]);
      expect(parsed.issue.slug).toBe(slug);
      expect(parsed.notices.length).toBeGreaterThanOrEqual(2);
      expect(parsed.warnings.filter((w) => w.code !== "stray-latin-word"), slug).toEqual([]);
      for (const n of parsed.notices) {
        expect(ids.get(n.id), `${n.id} in ${slug}`).toBeUndefined();
        ids.set(n.id, slug);
      }
    }
    expect(new Set(slugs).size).toBe(ISSUES);
    expect(hashes.size).toBe(ISSUES);
    // Ids of the real archive are reserved, so both can live in one database.
    for (const n of real.notices) expect(ids.has(n.id)).toBe(false);
    expect(slugs).not.toContain(real.issue.slug);
    expect(fs.existsSync(path.join(out, MARKER))).toBe(true);
  });

  test("English is the seed's translation where the Chinese is unchanged, absent elsewhere, never stale", () => {
    let translated = 0;
    let untranslated = 0;
    for (const slug of fs.readdirSync(out).filter((d) => /^\d{4}-\d+$/.test(d))) {
      const parsed = parseIssue(read(slug, "gazette.zh.txt"), { file: slug });
      const file = translationFileSchema.parse(JSON.parse(read(slug, "translation.en.json")));
      const { overlay, stale } = applyTranslation(parsed, file);
      expect(stale, slug).toEqual([]);
      const blocks = parsed.notices.reduce((s, n) => s + n.blocks.length, 0);
      translated += overlay.blocks.length;
      untranslated += blocks - overlay.blocks.length;
    }
    expect(translated).toBeGreaterThan(0);
    expect(untranslated).toBeGreaterThan(0);
  });

  test("notices cite earlier notices of the archive, and every such citation names one that exists", () => {
    const slugs = fs.readdirSync(out).filter((d) => /^\d{4}-\d+$/.test(d)).sort(bySlug);
    const seen = new Set(loadSeed().parsed.notices.map((n) => n.id));
    let citations = 0;
    for (const slug of slugs) {
      const parsed = parseIssue(read(slug, "gazette.zh.txt"), { file: slug });
      // An earlier issue's notice or an earlier one in the same issue.
      for (const n of parsed.notices) seen.add(n.id);
      for (const r of parsed.notices.flatMap((n) => n.references).filter((x) => x.kind === "notice")) {
        expect(seen.has(r.target), `${r.printed} in ${slug}`).toBe(true);
        expect(r.printed).toMatch(/^[\u4e00-\u9fff、]+公告\d{4}年第\d+号$/);
        citations += 1;
      }
    }
    expect(citations).toBeGreaterThanOrEqual(3);
  });

  test("deterministic per seed; another seed gives another archive", () => {
    const seed = loadSeed();
    const texts = (s: number) => [...generateArchive(seed, { issues: 3, seed: s })].map((i) => i.text);
    expect(texts(5)).toEqual(texts(5));
    expect(texts(6)).not.toEqual(texts(5));
  });

  test("never writes into content/ and never replaces a folder it did not write", () => {
    expect(() => prepareOutDir(path.resolve(import.meta.dirname, "../../content/generated"))).toThrow(/never written into content/);
    const foreign = fs.mkdtempSync(path.join(TEST_DB_DIR, "foreign-"));
    fs.writeFileSync(path.join(foreign, "keep.txt"), "x");
    expect(() => prepareOutDir(foreign)).toThrow(/refusing to replace/);
    expect(fs.readFileSync(path.join(foreign, "keep.txt"), "utf8")).toBe("x");
    fs.rmSync(foreign, { recursive: true });
  });

  test("npm run ingest -- --content DIR stores every generated issue", async () => {
    // A small archive of its own: ingest speed is a benchmark (npm run bench:scale), not a test.
    const small = path.join(TEST_DB_DIR, `archive-ingest-${process.pid}`);
    const slugs = writeArchive(small, { issues: 3, seed: 2 });
    const run = await runIngest({ contentDir: small, databaseUrl: testDb.url });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const tables = snapshotTables(testDb.file);
    expect(tables.Issue?.count).toBe(3);
    const notices = slugs.reduce((s, slug) => s + parseIssue(fs.readFileSync(path.join(small, slug, "gazette.zh.txt"), "utf8")).notices.length, 0);
    expect(tables.Notice?.count).toBe(notices);
    fs.rmSync(small, { recursive: true, force: true });
  });
});
