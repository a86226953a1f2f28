// Parse every content/*/gazette.zh.txt and store it in the database (DATABASE_URL, default SQLite).
//   npm run ingest [-- --content DIR] [-- --force]
// 1. read + parse + validate ALL issues first; 2. check ids across issues; 3. only if every issue is
// fine, write each issue in one transaction. A rejected input leaves the database untouched and
// exits 2 with `FILE:LINE: message`. Re-running is idempotent: an issue whose rows did not change is
// skipped (--force rewrites it anyway).
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDb } from "../lib/db.ts";
import { isPostgresUrl, readEnv } from "../lib/env.ts";
import { toRows, sha256, type IssueRows } from "../lib/ingest/to-rows.ts";
import { validateParsed } from "../lib/ingest/validate.ts";
import { writeIssue } from "../lib/ingest/write-issue.ts";
import { decodeSource } from "../lib/parse/decode.ts";
import { ParseError, formatParseError } from "../lib/parse/errors.ts";
import { parseIssue } from "../lib/parse/parse-issue.ts";
import { parsedIssueSchema } from "../lib/schema/parsed-issue.ts";
import { loadEnglish } from "./lib/load-english.ts";

const SOURCE_FILE = "gazette.zh.txt";

type Prepared = { file: string; rows: IssueRows; notes: string[] };
type Rejected = { file: string; message: string };

async function findSources(contentDir: string): Promise<string[]> {
  const entries = await fs.readdir(contentDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const files = dirs.map((d) => path.join(contentDir, d, SOURCE_FILE));
  const exists = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.isFile(), () => false)));
  return files.filter((_, i) => exists[i]);
}

async function prepare(file: string): Promise<Prepared | Rejected> {
  try {
    const bytes = await fs.readFile(file);
    const parsed = validateParsed(parsedIssueSchema, parseIssue(decodeSource(bytes, file), { file }), file);
    const english = await loadEnglish(path.dirname(file), parsed);
    const { rows, unmatchedEnglish } = toRows({ parsed, sourceFile: file, sourceSha256: sha256(bytes), english: english.overlay });
    const notes = [...english.notes, ...unmatchedEnglish.map((k) => `English for a row that does not exist: ${k}`)];
    return { file, rows, notes };
  } catch (error) {
    if (error instanceof ParseError) return { file, message: formatParseError(error) };
    return { file, message: `${file}:1: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Slugs and notice ids must be unique across issues; the database would refuse them half-way. */
function crossIssueProblems(prepared: Prepared[]): Rejected[] {
  const problems: Rejected[] = [];
  const slugs = new Map<string, string>();
  const notices = new Map<string, string>();
  for (const { file, rows } of prepared) {
    const other = slugs.get(rows.issue.slug);
    if (other) problems.push({ file, message: `${file}:1: issue ${rows.issue.slug} is also in ${other}` });
    slugs.set(rows.issue.slug, file);
    for (const notice of rows.notices) {
      const owner = notices.get(notice.id);
      if (owner) problems.push({ file, message: `${file}:${notice.lineStart}: notice id ${notice.id} is also used in ${owner}` });
      notices.set(notice.id, file);
    }
  }
  return problems;
}

export type IngestOptions = {
  contentDir: string;
  force?: boolean;
  /** Default: the validated DATABASE_URL. */
  databaseUrl?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

/** The whole CLI as a function (tests call it in-process); returns the exit code. */
export async function ingest({ contentDir, force = false, databaseUrl, out = console.log, err = console.error }: IngestOptions): Promise<number> {
  const started = performance.now();

  // 1. parse and validate everything before touching the database
  const sources = await findSources(contentDir);
  if (sources.length === 0) {
    err(`❌ no ${contentDir}/*/${SOURCE_FILE} found`);
    return 2;
  }
  const results = await Promise.all(sources.map(prepare));
  const prepared = results.filter((r): r is Prepared => "rows" in r);
  const rejected = [...results.filter((r): r is Rejected => "message" in r), ...crossIssueProblems(prepared)];

  // 2. any rejected input: report every issue, write nothing
  if (rejected.length > 0) {
    const bad = new Set(rejected.map((r) => r.file));
    for (const r of rejected) err(`❌ ${r.message}`);
    for (const p of prepared) if (!bad.has(p.file)) out(`✅ ${p.rows.issue.slug} parsed (not written)`);
    err(`ingest aborted: ${bad.size} of ${sources.length} issue(s) rejected; the database was not touched`);
    return 2;
  }

  // 3. write, one transaction per issue
  const url = databaseUrl ?? readEnv().DATABASE_URL;
  const db = createDb(url);
  const provider = isPostgresUrl(url) ? "postgresql" : "sqlite";
  let failed = 0;
  try {
    for (const { rows, notes } of prepared) {
      const t0 = performance.now();
      try {
        const outcome = await writeIssue(db, rows, { force, provider });
        const counts = `${rows.notices.length} notices, ${rows.blocks.length} blocks, ${rows.standards.length} standards, ${rows.licensingDecisions.length} licensing decisions`;
        out(`✅ ${rows.issue.slug} ${outcome} (${counts}) ${Math.round(performance.now() - t0)} ms`);
      } catch (error) {
        failed++;
        err(`❌ ${rows.issue.slug}: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const note of notes) out(`   ⚠️  ${note}`);
    }
  } finally {
    await db.$disconnect();
  }
  out(`${prepared.length - failed}/${prepared.length} issue(s) ingested in ${Math.round(performance.now() - started)} ms`);
  return failed > 0 ? 1 : 0;
}

function flag(name: string, args: string[]): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  process.exitCode = await ingest({ contentDir: flag("--content", args) ?? "content", force: args.includes("--force") });
}
