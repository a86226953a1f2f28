// Seeded parser fuzz over the seed issue (issue 9); the same cases as tests/unit/fuzz.test.ts, more of them.
//   npm run fuzz [-- --cases 10000] [-- --seed 20261202] [-- --bound-ms 120000]
// Prints cases, verdicts by mutation kind, wall time, machine and load; writes bench/out/fuzz.json.
// Exit 1 on any crash (a throw that is not a ParseError), any mutant accepted without a notice the
// contents list, or any case slower than --bound-ms (a hang: the bound is loose on purpose, since a
// 10 MB case takes seconds on a loaded 2-core machine).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { emptyTally, fuzzParse } from "../lib/fuzz/fuzz-run.ts";
import { MUTATION_KINDS } from "../lib/fuzz/mutations.ts";
import { parseIssue } from "../lib/parse/parse-issue.ts";

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
const source = fs.readFileSync(SOURCE);
const listed = parseIssue(source.toString("utf8"), { file: SOURCE }).contents.map((c) => c.noticeId);

const started = performance.now();
const loadBefore = os.loadavg();
const tally = emptyTally();
const slow: string[] = [];
for (let from = 0; from < cases; from += 500) {
  fuzzParse(source, listed, { seed, from, to: Math.min(cases, from + 500) }, tally, (m, r) => {
    if (r.ms > boundMs) slow.push(`case ${m.index} (${m.kind}, ${m.note}): ${Math.round(r.ms)} ms`);
  });
  process.stderr.write(`\r${tally.cases}/${cases} cases, ${Math.round((performance.now() - started) / 1000)} s`);
}
process.stderr.write("\n");

const wallS = (performance.now() - started) / 1000;
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  load: { before: loadBefore, after: os.loadavg() },
  seed, cases: tally.cases, wallS, maxCaseMs: tally.maxMs,
  byKind: Object.fromEntries(tally.byKind),
  bugs: tally.bugs, slow,
};
fs.mkdirSync(path.join(root, "bench/out"), { recursive: true });
fs.writeFileSync(path.join(root, "bench/out/fuzz.json"), `${JSON.stringify(result, null, 2)}\n`);

console.log(`${tally.cases} cases (seed ${seed}) in ${wallS.toFixed(0)} s; slowest case ${Math.round(tally.maxMs)} ms; ${result.machine}; load ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
console.log("| mutation | cases | accepted | accepted, a notice renamed | refused | slowest |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const kind of MUTATION_KINDS) {
  const r = tally.byKind.get(kind);
  if (!r) continue;
  const n = r.accepted + r["renamed-notice"] + r.refused + r["dropped-notice"] + r.crash;
  console.log(`| ${kind} | ${n} | ${r.accepted} | ${r["renamed-notice"]} | ${r.refused} | ${Math.round(r.maxMs)} ms |`);
}
const crashes = tally.bugs.filter((b) => b.verdict === "crash").length;
const dropped = tally.bugs.filter((b) => b.verdict === "dropped-notice").length;
console.log(`${crashes} crashes, ${dropped} accepted without a listed notice, ${slow.length} over ${boundMs} ms`);
for (const b of tally.bugs.slice(0, 20)) console.log(`  ❌ case ${b.index} ${b.kind} (${b.note}): ${b.verdict}: ${b.detail}`);
for (const s of slow.slice(0, 20)) console.log(`  ❌ ${s}`);
process.exitCode = tally.bugs.length > 0 || slow.length > 0 ? 1 : 0;
