// Parse and ingest timings for the seed issue.   npm run bench:ingest [-- --runs N]
// parse  = bytes → decodeSource → parseIssue → zod validation (what ingest does per issue before writing)
// ingest = toRows (+ English overlay) → writeIssue in one transaction, forced full replace of the issue
// Targets: parse < 100 ms, ingest < 1 s (medians). Results also go to bench/out/ingest.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db.ts";
import { sha256, toRows } from "../lib/ingest/to-rows.ts";
import { validateParsed } from "../lib/ingest/validate.ts";
import { writeIssue } from "../lib/ingest/write-issue.ts";
import { decodeSource } from "../lib/parse/decode.ts";
import { parseIssue } from "../lib/parse/parse-issue.ts";
import { parsedIssueSchema } from "../lib/schema/parsed-issue.ts";
import { loadEnglish } from "../scripts/lib/load-english.ts";

const root = path.resolve(import.meta.dirname, "..");
const SEED_DIR = path.join(root, "content/2013-11");
const SEED = path.join(SEED_DIR, "gazette.zh.txt");
const OUT_DIR = path.join(root, "bench/out");
const TARGETS = { parseMs: 100, ingestMs: 1000 };

const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const result = await fn();
  return [performance.now() - t0, result];
}

async function main(): Promise<void> {
  const bytes = fs.readFileSync(SEED);
  const parseOnce = () => validateParsed(parsedIssueSchema, parseIssue(decodeSource(bytes, SEED), { file: SEED }), SEED);

  // 1. parse: 3 warm-up runs (JIT, opencc dictionaries), then `runs` measured
  const [coldParseMs] = await time(parseOnce);
  for (let i = 0; i < 2; i++) parseOnce();
  const parseMs: number[] = [];
  for (let i = 0; i < runs; i++) parseMs.push((await time(parseOnce))[0]);

  // 2. ingest into a freshly migrated SQLite file
  const parsed = parseOnce();
  const english = await loadEnglish(SEED_DIR, parsed);
  const rows = toRows({ parsed, sourceFile: "content/2013-11/gazette.zh.txt", sourceSha256: sha256(bytes), english: english.overlay }).rows;
  const rowCount = Object.values(rows).reduce((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);
  const dbFile = path.join(root, ".tmp/bench/ingest.db");
  fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const migrate = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`);

  const db = createDb(`file:${dbFile}`);
  try {
    const [firstIngestMs] = await time(() => writeIssue(db, rows));
    const [unchangedMs] = await time(() => writeIssue(db, rows));
    const ingestMs: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) ingestMs.push((await time(() => writeIssue(db, rows, { force: true })))[0]);

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
      node: process.version,
      seed: { bytes: bytes.length, notices: parsed.notices.length, rows: rowCount },
      parse: { runs, medianMs: median(parseMs), minMs: Math.min(...parseMs), coldMs: coldParseMs, targetMs: TARGETS.parseMs },
      ingest: {
        runs: ingestMs.length,
        medianMs: median(ingestMs),
        minMs: Math.min(...ingestMs),
        firstIntoEmptyDbMs: firstIngestMs,
        unchangedSkipMs: unchangedMs,
        targetMs: TARGETS.ingestMs,
      },
    };
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, "ingest.json"), `${JSON.stringify(result, null, 2)}\n`);

    const ok = (v: number, target: number) => (v < target ? "✅" : "❌");
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`seed: ${result.seed.notices} notices, ${result.seed.rows} rows; ${result.machine}`);
    console.log(`${ok(result.parse.medianMs, TARGETS.parseMs)} parse   median ${f(result.parse.medianMs)} (min ${f(result.parse.minMs)}, cold ${f(coldParseMs)}, ${runs} runs; target < ${TARGETS.parseMs} ms)`);
    console.log(`${ok(result.ingest.medianMs, TARGETS.ingestMs)} ingest  median ${f(result.ingest.medianMs)} (min ${f(result.ingest.minMs)}, first ${f(firstIngestMs)}, unchanged-skip ${f(unchangedMs)}, ${ingestMs.length} runs; target < ${TARGETS.ingestMs} ms)`);
    if (result.parse.medianMs >= TARGETS.parseMs || result.ingest.medianMs >= TARGETS.ingestMs) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

await main();
