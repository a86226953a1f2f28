// Parse every content/*/gazette.zh.txt and store it in the database (DATABASE_URL, default SQLite).
//   npm run ingest [-- --content DIR] [-- --force] [-- --wait SECONDS]
// 1. read + parse ALL issues first (the parser checks each issue against its own contents and
//    validates its output); 2. check ids across issues; 3. refuse, before writing anything, an issue
//    that would replace a stored one with fewer rows of some kind (--force accepts it); 4. write each
//    issue in one transaction that holds the ingest lock. Exit codes: 0 written or unchanged;
//    2 input refused, database untouched (`FILE:LINE: message`, or a before → after table);
//    3 another ingest held the lock longer than --wait (default 30 s); 1 any other failure.
// Every failure is one line on stderr, never a stack trace. --force also rewrites unchanged issues.
// Before 1, an issue stored from the same source, translation and code is skipped without parsing
// (scripts/lib/ingest-input.ts; --force parses everything).
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, dbProvider, type Db } from "@/lib/db";
import { describeDbError } from "@/lib/ingest/db-errors";
import { toRows, sha256, type IssueRows } from "@/lib/ingest/to-rows";
import { DEFAULT_LOCK_TIMEOUT_MS, IngestRefusal, shrinkAgainstStored, writeIssue } from "@/lib/ingest/write-issue";
import { decodeSource } from "@/lib/parse/decode";
import { ParseError, formatParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import { readEnv } from "@/lib/env";
import { checkInputs, recordInput, type InputCheck } from "@/scripts/lib/ingest-input";
import { loadEnglish } from "@/scripts/lib/load-english";
import { progress } from "@/scripts/lib/progress";

const SOURCE_FILE = "gazette.zh.txt";

type Prepared = { file: string; rows: IssueRows; notes: string[]; inputSha256: string };
type Rejected = { file: string; message: string };

async function findSources(contentDir: string): Promise<string[]> {
  const entries = await fs.readdir(contentDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const files = dirs.map((d) => path.join(contentDir, d, SOURCE_FILE));
  const exists = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.isFile(), () => false)));
  return files.filter((_, i) => exists[i]);
}

async function prepare({ file, inputSha256 }: InputCheck["changed"][number]): Promise<Prepared | Rejected> {
  try {
    const bytes = await fs.readFile(file);
    const parsed = parseIssue(decodeSource(bytes, file), { file });
    const english = await loadEnglish(path.dirname(file), parsed);
    const { rows, unmatchedEnglish } = toRows({ parsed, sourceFile: file, sourceSha256: sha256(bytes), english: english.overlay });
    const notes = [...english.notes, ...unmatchedEnglish.map((k) => `English for a row that does not exist: ${k}`)];
    return { file, rows: { ...rows, issue: { ...rows.issue, inputSha256 } }, notes, inputSha256 };
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
  /** How long to wait for another ingest's lock before exiting 3. */
  lockTimeoutMs?: number;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

type Io = Required<Pick<IngestOptions, "out" | "err">>;

/** The whole CLI as a function (tests call it in-process); returns the exit code. */
export async function ingest(options: IngestOptions): Promise<number> {
  const { contentDir, out = console.log, err = console.error } = options;
  const started = performance.now();

  // 1–2. parse and check everything before writing to the database
  const sources = await findSources(contentDir).catch(() => []);
  if (sources.length === 0) {
    err(`❌ no ${contentDir}/*/${SOURCE_FILE} found`);
    return 2;
  }
  const url = options.databaseUrl ?? readEnv().DATABASE_URL;
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const db = createDb(url, { busyTimeoutMs: lockTimeoutMs });
  try {
    const inputs = await unchangedInputs(db, sources, options.force ?? false, { out, err });
    if (typeof inputs === "number") return inputs;
    const results = await Promise.all(inputs.changed.map(prepare));
    const prepared = results.filter((r): r is Prepared => "rows" in r);
    const rejected = [...results.filter((r): r is Rejected => "message" in r), ...crossIssueProblems(prepared)];
    if (rejected.length > 0) {
      const bad = new Set(rejected.map((r) => r.file));
      for (const r of rejected) err(`❌ ${r.message}`);
      for (const p of prepared) if (!bad.has(p.file)) out(`✅ ${p.rows.issue.slug} parsed (not written)`);
      err(`ingest aborted: ${bad.size} of ${sources.length} issue(s) rejected; the database was not touched`);
      return 2;
    }

    // 3–4. refuse shrinking replacements, then write one transaction per issue
    const code = (await refuseShrinking(db, prepared, options.force ?? false, { out, err })) ?? (await writeAll(db, prepared, { ...options, url, lockTimeoutMs }, { out, err }));
    const skipped = inputs.unchanged.length;
    if (code === 0) out(`${sources.length}/${sources.length} issue(s) ingested (${skipped} skipped unchanged) in ${Math.round(performance.now() - started)} ms`);
    return code;
  } finally {
    await db.$disconnect().catch(() => undefined);
  }
}

/** 0. Issues stored from the same input are reported and left out; a database error is an exit code. */
async function unchangedInputs(db: Db, sources: string[], force: boolean, { out, err }: Io): Promise<InputCheck | number> {
  try {
    const inputs = await checkInputs(db, sources, force);
    for (const u of inputs.unchanged) out(`✅ ${u.slug} unchanged (same source, translation and code: not parsed again)`);
    return inputs;
  } catch (error) {
    err(`❌ ${describeDbError(error).message}`);
    return describeDbError(error).exitCode;
  }
}

/** Exit code 2 (and the before → after tables) when any issue would shrink; null when none would. */
async function refuseShrinking(db: Db, prepared: Prepared[], force: boolean, { out, err }: Io): Promise<number | null> {
  if (force) return null;
  try {
    const refusals = (await Promise.all(prepared.map((p) => shrinkAgainstStored(db, p.rows)))).filter((r) => r !== null);
    if (refusals.length === 0) return null;
    for (const r of refusals) reportRefusal(r, { out, err });
    err(`ingest aborted: ${refusals.length} issue(s) would lose rows; the database was not touched`);
    return 2;
  } catch (error) {
    err(`❌ ${describeDbError(error).message}`);
    return describeDbError(error).exitCode;
  }
}

async function writeAll(db: Db, prepared: Prepared[], options: IngestOptions & { url: string; lockTimeoutMs: number }, { out, err }: Io): Promise<number> {
  let code = 0;
  const bar = progress({ label: "ingested", total: prepared.length });
  for (const [i, { rows, notes, inputSha256 }] of prepared.entries()) {
    const t0 = performance.now();
    bar.tick(i);
    try {
      const outcome = await writeIssue(db, rows, { force: options.force ?? false, provider: dbProvider(options.url), lockTimeoutMs: options.lockTimeoutMs });
      if (outcome === "unchanged") await recordInput(db, rows.issue.slug, inputSha256);
      const counts = `${rows.notices.length} notices, ${rows.blocks.length} blocks, ${rows.standards.length} standards, ${rows.licensingDecisions.length} licensing decisions`;
      out(`✅ ${rows.issue.slug} ${outcome} (${counts}) ${Math.round(performance.now() - t0)} ms`);
    } catch (error) {
      const failure = error instanceof IngestRefusal ? reportRefusal(error, { out, err }) : reportDbError(rows.issue.slug, error, err);
      code = Math.max(code, failure);
      // A held lock or a dead connection will not clear up for the next issue: stop here.
      if (failure !== 2) return code;
    }
    for (const note of notes) out(`   ⚠️  ${note}`);
  }
  bar.done();
  return code;
}

function reportRefusal(refusal: IngestRefusal, { out, err }: Io): number {
  err(`❌ ${refusal.message}`);
  for (const line of refusal.details) out(`   ${line}`);
  return refusal.exitCode;
}

function reportDbError(slug: string, error: unknown, err: Io["err"]): number {
  const failure = describeDbError(error);
  err(`❌ ${slug}: ${failure.message}`);
  if (process.env.DEBUG) err(String(error instanceof Error ? error.stack : error));
  return failure.exitCode;
}

function flag(name: string, args: string[]): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const wait = flag("--wait", args);
  const lockTimeoutMs = wait === undefined ? undefined : Number(wait) * 1000;
  if (lockTimeoutMs !== undefined && !(lockTimeoutMs >= 0)) {
    console.error(`❌ --wait expects a number of seconds, got "${wait}"`);
    process.exitCode = 1;
  } else {
    process.exitCode = await ingest({ contentDir: flag("--content", args) ?? "content", force: args.includes("--force"), lockTimeoutMs });
  }
}
