// Seeded parser fuzz over the seed issue (issue 9); the same cases as tests/unit/fuzz.test.ts, more of them.
//   npm run fuzz [-- --cases 10000] [-- --seed 20261202] [-- --jobs 2] [-- --bound-ms 120000]
// Prints cases, verdicts by mutation kind, wall time, machine and load; writes bench/out/fuzz.json.
// --jobs N splits the cases into N contiguous ranges run by child processes (same cases, same tally).
// Exit 1 on any crash (a throw that is not a ParseError), any mutant accepted without a notice the
// contents list, or any case that used more than --bound-ms of CPU time (a hang). CPU time, not wall
// time: on a shared 2-core machine at load 30 the 10 MB case's wall time is 5–10× its CPU time.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { emptyTally, fuzzParse, mergeTally, type FuzzTally, type KindRow } from "@/lib/fuzz/fuzz-run";
import { MUTATION_KINDS } from "@/lib/fuzz/mutations";
import { parseIssue } from "@/lib/parse/parse-issue";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE = path.join(root, "content/2013-11/gazette.zh.txt");

function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) {
    console.error(`❌ ${name} expects a number, got "${process.argv[i + 1]}"`);
    process.exit(1);
  }
  return value;
}

const cases = numberFlag("--cases", 10_000);
const seed = numberFlag("--seed", 20_261_202);
const boundMs = numberFlag("--bound-ms", 120_000);
const jobs = Math.max(1, numberFlag("--jobs", 1));
const from = numberFlag("--from", 0);

type Part = { cases: number; maxMs: number; bugs: FuzzTally["bugs"]; byKind: Record<string, KindRow>; slow: string[] };

/** Cases [from, cases) in this process. */
function runHere(): Part {
  const source = fs.readFileSync(SOURCE);
  const listed = parseIssue(source.toString("utf8"), { file: SOURCE }).contents.map((c) => c.noticeId);
  const tally = emptyTally();
  const slow: string[] = [];
  for (let at = from; at < cases; at += 100) {
    fuzzParse(source, listed, { seed, from: at, to: Math.min(cases, at + 100) }, tally, (m, r) => {
      if (r.cpuMs > boundMs) slow.push(`case ${m.index} (${m.kind}, ${m.note}): ${Math.round(r.cpuMs)} ms CPU, ${Math.round(r.ms)} ms wall`);
    });
    process.stderr.write(`[${from}–${cases}) ${tally.cases} done\n`);
  }
  return { cases: tally.cases, maxMs: tally.maxMs, bugs: tally.bugs, byKind: Object.fromEntries(tally.byKind), slow };
}

/** The same script on one range per job, each printing its Part as JSON. */
function runChild(start: number, end: number): Promise<Part> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", path.join(root, "scripts/fuzz.ts"), "--child", "--from", `${start}`, "--cases", `${end}`, "--seed", `${seed}`, "--bound-ms", `${boundMs}`];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`fuzz job [${start}, ${end}) exited ${code}`))));
  });
}

async function main(): Promise<number> {
  if (process.argv.includes("--child")) {
    process.stdout.write(JSON.stringify(runHere()));
    return 0;
  }
  const started = performance.now();
  const loadBefore = os.loadavg();
  const bounds = Array.from({ length: jobs + 1 }, (_, j) => Math.round((cases * j) / jobs));
  const parts = jobs === 1 ? [runHere()] : await Promise.all(bounds.slice(0, -1).map((start, j) => runChild(start, bounds[j + 1] ?? cases)));
  const tally = parts.reduce((t, p) => mergeTally(t, p), emptyTally());
  const slow = parts.flatMap((p) => p.slow);
  const wallS = (performance.now() - started) / 1000;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const result = { date: new Date().toISOString(), machine, load: { before: loadBefore, after: os.loadavg() }, seed, jobs, cases: tally.cases, wallS, maxCaseMs: tally.maxMs, byKind: Object.fromEntries(tally.byKind), bugs: tally.bugs, slow };
  fs.mkdirSync(path.join(root, "bench/out"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/out/fuzz.json"), `${JSON.stringify(result, null, 2)}\n`);
  report(tally, slow, { wallS, machine, loadBefore });
  return tally.bugs.length > 0 || slow.length > 0 ? 1 : 0;
}

function report(tally: FuzzTally, slow: string[], { wallS, machine, loadBefore }: { wallS: number; machine: string; loadBefore: number[] }): void {
  console.log(`${tally.cases} cases (seed ${seed}, ${jobs} job(s)) in ${wallS.toFixed(0)} s; slowest case ${Math.round(tally.maxMs)} ms; ${machine}; load ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
  console.log("| mutation | cases | accepted | accepted, a notice renamed | refused | slowest (CPU / wall) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const kind of MUTATION_KINDS) {
    const r = tally.byKind.get(kind);
    if (!r) continue;
    const n = r.accepted + r["renamed-notice"] + r.refused + r["dropped-notice"] + r.crash;
    console.log(`| ${kind} | ${n} | ${r.accepted} | ${r["renamed-notice"]} | ${r.refused} | ${Math.round(r.maxCpuMs)} / ${Math.round(r.maxMs)} ms |`);
  }
  const crashes = tally.bugs.filter((b) => b.verdict === "crash").length;
  const dropped = tally.bugs.filter((b) => b.verdict === "dropped-notice").length;
  console.log(`${crashes} crashes, ${dropped} accepted without a listed notice, ${slow.length} over ${boundMs} ms of CPU`);
  for (const b of tally.bugs.slice(0, 20)) console.log(`  ❌ case ${b.index} ${b.kind} (${b.note}): ${b.verdict}: ${b.detail}`);
  for (const s of slow.slice(0, 20)) console.log(`  ❌ ${s}`);
}

process.exitCode = await main();
