// Parse and ingest timings for the seed issue.   npm run bench:ingest [-- --runs N]
// parse  = bytes → decodeSource → parseIssue, zod validation included (what ingest does per issue before writing)
// ingest = toRows (+ English overlay) → writeIssue in one transaction, forced full replace of the issue
// Targets: parse < 100 ms, ingest < 1 s (medians of CPU time; wall time is printed beside it).
// Results also go to bench/out/ingest.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { sha256, toRows } from "@/lib/ingest/to-rows";
import { writeIssue } from "@/lib/ingest/write-issue";
import { decodeSource } from "@/lib/parse/decode";
import { parseIssue } from "@/lib/parse/parse-issue";
import { loadEnglish } from "@/scripts/lib/load-english";
import { record } from "@/bench/report";

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

type Sample = { wallMs: number; cpuMs: number };

/** Wall time and this process's CPU time (user + system): on a shared, loaded machine the wall time
 *  mostly measures the neighbours, the CPU time what the code costs. SQLite runs in-process. */
async function time<T>(fn: () => T | Promise<T>): Promise<[Sample, T]> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const cpu = process.cpuUsage(c0);
  return [{ wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }, result];
}

function summary(samples: Sample[]) {
  const wall = samples.map((s) => s.wallMs);
  return { runs: samples.length, medianMs: median(wall), minMs: Math.min(...wall), medianCpuMs: median(samples.map((s) => s.cpuMs)) };
}

async function main(): Promise<void> {
  const bytes = fs.readFileSync(SEED);
  const parseOnce = () => parseIssue(decodeSource(bytes, SEED), { file: SEED });

  // 1. parse: 3 warm-up runs (JIT, opencc dictionaries), then `runs` measured
  const [coldParse] = await time(parseOnce);
  for (let i = 0; i < 2; i++) parseOnce();
  const parseSamples: Sample[] = [];
  for (let i = 0; i < runs; i++) parseSamples.push((await time(parseOnce))[0]);

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
    const [first] = await time(() => writeIssue(db, rows));
    const [unchanged] = await time(() => writeIssue(db, rows));
    const ingestSamples: Sample[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) ingestSamples.push((await time(() => writeIssue(db, rows, { force: true })))[0]);

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
      node: process.version,
      seed: { bytes: bytes.length, notices: parsed.notices.length, rows: rowCount },
      parse: { ...summary(parseSamples), coldMs: coldParse.wallMs, targetMs: TARGETS.parseMs },
      ingest: { ...summary(ingestSamples), firstIntoEmptyDbMs: first.wallMs, unchangedSkipMs: unchanged.wallMs, targetMs: TARGETS.ingestMs },
    };
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, "ingest.json"), `${JSON.stringify(result, null, 2)}\n`);

    const ok = (v: number, target: number) => (v < target ? "✅" : "❌");
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`seed: ${result.seed.notices} notices, ${result.seed.rows} rows; ${result.machine}`);
    const { parse, ingest } = result;
    console.log(`${ok(parse.medianCpuMs, TARGETS.parseMs)} parse   median ${f(parse.medianMs)} wall, ${f(parse.medianCpuMs)} CPU (min ${f(parse.minMs)}, cold ${f(parse.coldMs)}, ${parse.runs} runs; target < ${TARGETS.parseMs} ms)`);
    console.log(`${ok(ingest.medianCpuMs, TARGETS.ingestMs)} ingest  median ${f(ingest.medianMs)} wall, ${f(ingest.medianCpuMs)} CPU (min ${f(ingest.minMs)}, first ${f(ingest.firstIntoEmptyDbMs)}, unchanged-skip ${f(ingest.unchangedSkipMs)}, ${ingest.runs} runs; target < ${TARGETS.ingestMs} ms)`);
    record({ name: "seed/parse (median CPU)", value: parse.medianCpuMs, unit: "ms", target: { max: TARGETS.parseMs }, note: `wall ${f(parse.medianMs)}; ${parse.runs} runs` });
    record({ name: "seed/ingest, full replace (median CPU)", value: ingest.medianCpuMs, unit: "ms", target: { max: TARGETS.ingestMs }, note: `wall ${f(ingest.medianMs)}; ${ingest.runs} runs` });
    // Judged on CPU time: wall time on this shared 2-core machine swings 5x with the neighbours' load.
    if (parse.medianCpuMs >= TARGETS.parseMs || ingest.medianCpuMs >= TARGETS.ingestMs) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

await main();
