// npm run bench:scale -- --issues N   (issue 11: the archive's size as a measured fact)
// Generates a SYNTHETIC N-issue archive (bench/archive), ingests it into a fresh SQLite database
// (first run, then re-runs over the unchanged archive: median), into PostgreSQL when
// TEST_POSTGRES_URL is set (the npm script runs under scripts/with-postgres.sh), builds the search
// index over it and measures search on it. Then, unless --no-build, bench:build on that database
// and index: the server build, on-demand latency and the static export. Every step runs as the real
// CLI in a child process (under /usr/bin/time, or bench:build's process-tree sampler), so wall
// time, CPU time and peak memory are the CLI's own. Figures go to bench/report.json (record); raw
// outputs to bench/out/scale-N/. Targets scale with N from the issue's 1,000-issue figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { writeArchive } from "@/bench/archive/load-seed";
import { record } from "@/bench/report";
import { prerenderIssues } from "@/lib/env";
import { recordScaleSearch } from "@/bench/search/scale-queries";

const ROOT = path.resolve(import.meta.dirname, "..");
const args = z.object({ issues: z.coerce.number().int().min(1), seed: z.coerce.number().int().default(1), reruns: z.coerce.number().int().min(1).default(3) }).parse({
  issues: flagValue("--issues") ?? 1000,
  seed: flagValue("--seed"),
  reruns: flagValue("--reruns"),
});
const N = args.issues;
const OUT = path.join(ROOT, "bench", "out", `scale-${N}`);
const ARCHIVE = path.join(OUT, "archive");
const per1000 = (x: number) => (x * N) / 1000;

function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type Timed = { wallS: number; cpuS: number; peakMb: number; stdout: string };

/** Runs a CLI under /usr/bin/time; throws with its output when it fails. */
function timed(script: string, cliArgs: string[], env: Record<string, string> = {}, node: string[] = []): Timed {
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", "nice", "node", ...node, "--import", "tsx", script, ...cliArgs], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 * 2 ** 20,
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  if (run.status !== 0 || !m) throw new Error(`${script} ${cliArgs.join(" ")} failed (${run.status}):\n${run.stderr.slice(-3000)}`);
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024, stdout: run.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const note = (t: Timed) => `CPU ${t.cpuS.toFixed(1)} s, peak RSS ${t.peakMb.toFixed(0)} MB`;

function ingestRuns(store: string, env: Record<string, string>, size: () => Promise<number>) {
  return async () => {
    const first = timed("scripts/ingest.ts", ["--content", ARCHIVE], env);
    record({ name: `scale/${N}/ingest ${store}: first run`, value: first.wallS, unit: "s", target: store === "SQLite" && N >= 1000 ? { max: per1000(60) } : undefined, note: `${note(first)}; one transaction per issue` });
    record({ name: `scale/${N}/ingest ${store}: peak memory`, value: first.peakMb, unit: "MB" });
    const reruns = Array.from({ length: args.reruns }, () => timed("scripts/ingest.ts", ["--content", ARCHIVE], env));
    const re = reruns.find((r) => r.wallS === median(reruns.map((x) => x.wallS))) ?? reruns[0];
    const skipped = Number(/\((\d+) skipped unchanged\)/.exec(re?.stdout ?? "")?.[1] ?? -1);
    if (skipped !== N) throw new Error(`re-run skipped ${skipped} of ${N} unchanged issues`);
    if (re) record({ name: `scale/${N}/ingest ${store}: re-run, unchanged`, value: re.wallS, unit: "s", target: store === "SQLite" && N >= 1000 ? { max: per1000(5) } : undefined, note: `median of ${reruns.length}; ${note(re)}` });
    record({ name: `scale/${N}/ingest ${store}: database size`, value: (await size()) / 2 ** 20, unit: "MB" });
  };
}

async function postgres(): Promise<void> {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) return console.log("TEST_POSTGRES_URL not set: PostgreSQL skipped (npm run bench:scale runs under scripts/with-postgres.sh)");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS bench_scale");
  await admin.query("CREATE DATABASE bench_scale");
  await admin.end();
  const url = new URL(base);
  url.pathname = "/bench_scale";
  const env = { DATABASE_URL: url.toString() };
  timed("scripts/migrate.ts", ["deploy"], env);
  await ingestRuns("PostgreSQL", env, async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const r = await c.query<{ size: string }>("SELECT pg_database_size('bench_scale')::text AS size");
    await c.end();
    return Number(r.rows[0]?.size ?? 0);
  })();
}

function searchIndex(): void {
  const out = path.join(OUT, "search");
  const t = timed("scripts/build-search-index.ts", ["--content", ARCHIVE, "--out", out], {}, ["--max-old-space-size=4096"]);
  const docs = [...t.stdout.matchAll(/✅ (zh|en): (\d+) docs, (\d+) shards, (\d+) common terms, (\d+) doc chunks, [\d.]+ kB \(([\d.]+) kB gzip\)/g)];
  record({ name: `scale/${N}/search index: build`, value: t.wallS, unit: "s", target: N >= 1000 ? { max: per1000(90) } : undefined, note: `both locales; ${note(t)}` });
  record({ name: `scale/${N}/search index: build peak memory`, value: t.peakMb, unit: "MB", target: { max: 2048 } });
  for (const [, locale, count, shards, common, chunks, gz] of docs) {
    record({ name: `scale/${N}/search index ${locale}: documents`, value: Number(count), unit: "docs", note: `${shards} shards, ${common} common-term files, ${chunks} doc chunks, ${(Number(gz) / 1024).toFixed(1)} MB gzip in all` });
  }
}

/** The server build (newest issues prerendered), its on-demand latency and the static export, on the same database and index. */
function buildAndExport(db: string): void {
  const args = ["--import", "tsx", "bench/build.bench.ts", "--issues", String(N), "--db", db, "--export"];
  // On-demand latency needs older issues that were not prerendered.
  const prerendered = prerenderIssues();
  if (prerendered !== "all" && N > prerendered) args.push("--latency");
  if (existsSync(path.join(OUT, "search"))) args.push("--search", path.join(OUT, "search"));
  const run = spawnSync("node", args, { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) throw new Error(`bench:build for ${N} issues failed (${run.status ?? run.signal})`);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const t0 = performance.now();
  writeArchive(ARCHIVE, { issues: N, seed: args.seed });
  record({ name: `scale/${N}/generate archive`, value: (performance.now() - t0) / 1000, unit: "s", note: `seed ${args.seed}; ${readdirSync(ARCHIVE).length - 1} issues, every one parsed with coverage 100 %` });

  const file = path.join(OUT, "archive.db");
  const env = { DATABASE_URL: `file:${file}` };
  timed("scripts/migrate.ts", ["deploy"], env);
  await ingestRuns("SQLite", env, async () => [file, `${file}-wal`].filter(existsSync).reduce((s, f) => s + statSync(f).size, 0))();
  await postgres();
  if (!process.argv.includes("--no-search")) {
    searchIndex();
    await recordScaleSearch(OUT, N, args.seed, record);
  }
  if (!process.argv.includes("--no-build")) buildAndExport(file);
  console.log(`bench:scale ${N} done in ${((performance.now() - t0) / 1000).toFixed(0)} s; npm run bench:report prints the table`);
}

await main();
