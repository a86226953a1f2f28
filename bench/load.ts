/**
 * Throughput of the production build under load (issue 9 item 8), against a plain static server
 * serving the same HTML and against the framework's floor (/zh/floor, a bare page of this build).
 *
 *   npm run build && npm run load                  (-- --duration 10 --connections 100)
 *
 * Only 127.0.0.1; every run is bounded (duration per scenario, default 10 s). For each scenario:
 * req/s, p50/p99 latency, errors (socket errors, timeouts and unexpected status codes) and the
 * server's peak RSS. Writes bench/out/load.json; exits 1 when a target fails:
 * 0 errors; prerendered pages ≥ 0.5 × the static server's req/s, or within 10 % of the floor when
 * the floor itself is below that; search p99 ≤ 500 ms with worst-case queries mixed in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { z } from "zod";
import { record } from "@/bench/report";

const ROOT = path.resolve(import.meta.dirname, "..");
const HOST = "127.0.0.1";

const argsSchema = z.object({ duration: z.coerce.number().int().min(1).max(120), connections: z.coerce.number().int().min(1).max(1000) });
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? "") : fallback;
};

const NOTICES = ["mofcom-2013-1", "mofcom-gacc-2013-2", "mofcom-2013-3", "miit-2012-64", "sfda-2013-1", "gacc-2013-2", "mofcom-ndrc-2012-431"];
const PRERENDERED = ["/zh", "/en", "/zh/issues/2013-11", "/en/issues/2013-11", ...NOTICES.flatMap((id) => [`/zh/notices/${id}`, `/en/notices/${id}`])];
const q = (s: string) => encodeURIComponent(s);
const NORMAL_QUERIES = ["/zh/search?q=" + q("成品油"), "/en/search?q=licence", "/zh/search?q=" + q("SB/T 10885"), "/en/search?q=" + q("service outsourcing")];
/** The worst cases: 200 characters of one short word, and of distinct two-letter words. */
const WORST_QUERIES = [
  "/en/search?q=" + q(Array(50).fill("the").join(" ").slice(0, 200)),
  "/en/search?q=" + q(Array.from({ length: 67 }, (_, i) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))).join(" ").slice(0, 200)),
];
const SEARCH = [...NORMAL_QUERIES, WORST_QUERIES[0] ?? "", ...NORMAL_QUERIES, WORST_QUERIES[1] ?? ""];
const MIXED = [...PRERENDERED, `/en/notices/${NOTICES[0]}?view=parallel`, `/zh/notices/${NOTICES[0]}/tables/p-6.csv`, ...SEARCH.slice(0, 5)];

type Scenario = { name: string; server: "next" | "static"; paths: string[] };
const SCENARIOS: Scenario[] = [
  { name: "mixed", server: "next", paths: MIXED },
  { name: "prerendered pages", server: "next", paths: PRERENDERED },
  { name: "search (1 in 5 worst case)", server: "next", paths: SEARCH },
  { name: "floor (/zh/floor)", server: "next", paths: ["/zh/floor"] },
  // What any server-rendered page costs before it does any work of its own: the search page's floor.
  { name: "server-rendered floor (/zh/floor/dynamic)", server: "next", paths: SEARCH.map((p) => `/zh/floor/dynamic${p.slice(p.indexOf("?"))}`) },
  { name: "static server, same HTML", server: "static", paths: PRERENDERED },
];

async function main() {
  const args = argsSchema.parse({ duration: flag("duration", "10"), connections: flag("connections", "100") });
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const [nextPort, staticPort] = [await freePort(), await freePort()];
  const next = await start(path.join(ROOT, "node_modules/.bin/next"), ["start", "-H", HOST, "-p", String(nextPort)], nextPort, "/zh/floor");
  const dir = await mkdtemp(path.join(os.tmpdir(), "load-static-"));
  let stat: ChildProcess | null = null;
  try {
    await snapshot(nextPort, dir);
    stat = await start(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/static-server.ts"), dir, String(staticPort)], staticPort, "/zh");
    const results = [];
    for (const scenario of SCENARIOS) {
      const server = scenario.server === "next" ? next : stat;
      const port = scenario.server === "next" ? nextPort : staticPort;
      // Requests autocannon gave up on are still queued in the server: let it drain first, or the
      // next scenario measures the previous one's backlog.
      await drain(port);
      console.log(`… ${scenario.name}: ${args.connections} connections, ${args.duration} s`);
      results.push(await run(scenario, port, server, args));
    }
    await report(results, args);
  } finally {
    next.kill("SIGTERM");
    stat?.kill("SIGTERM");
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes each prerendered page's HTML as Next served it, so both servers send the same bytes. */
async function snapshot(port: number, dir: string) {
  for (const page of PRERENDERED) {
    const res = await fetch(`http://${HOST}:${port}${page}`);
    if (!res.ok) throw new Error(`${page} answered ${res.status}`);
    const file = path.join(dir, page, "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await res.text());
  }
}

type Outcome = { name: string; reqPerSec: number; p50: number; p99: number; errors: number; statuses: Record<string, number>; peakRssMb: number };

async function run(scenario: Scenario, port: number, server: ChildProcess, args: z.infer<typeof argsSchema>): Promise<Outcome> {
  const rss = sampleRss(server.pid ?? 0);
  const result = await autocannon({
    url: `http://${HOST}:${port}`,
    connections: args.connections,
    duration: args.duration,
    timeout: 10,
    requests: scenario.paths.map((p) => ({ method: "GET", path: p })),
  });
  const peak = rss.stop();
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s?.count ?? 0]));
  return {
    name: scenario.name,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // A scenario that completed nothing (a stalled server) is a failure, not 0 errors.
    errors: result.errors + result.timeouts + result.non2xx + (result.requests.total === 0 ? 1 : 0),
    statuses,
    peakRssMb: Math.round(peak / 1024),
  };
}

/** Peak resident set (kB) of a process and its children, sampled every 250 ms from /proc. */
function sampleRss(pid: number) {
  let peak = 0;
  const read = async () => {
    let total = 0;
    for (const p of await tree(pid)) {
      const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    }
    peak = Math.max(peak, total);
  };
  void read();
  const timer = setInterval(() => void read(), 250);
  return { stop: () => (clearInterval(timer), peak) };
}

async function tree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const ids = children.split(" ").filter(Boolean).map(Number);
  return [pid, ...(await Promise.all(ids.map(tree))).flat()];
}

async function report(results: Outcome[], args: z.infer<typeof argsSchema>) {
  const by = (name: string) => results.find((r) => r.name.startsWith(name));
  const [pre, stat, floor, search] = [by("prerendered"), by("static"), by("floor"), by("search")];
  if (!pre || !stat || !floor || !search) throw new Error("a scenario is missing");
  const half = 0.5 * stat.reqPerSec;
  const floorBelow = floor.reqPerSec < half;
  const checks = {
    "0 errors": results.every((r) => r.errors === 0),
    [floorBelow ? "prerendered within 10 % of the floor (the floor is below 0.5 × static)" : "prerendered ≥ 0.5 × static"]: floorBelow
      ? pre.reqPerSec >= 0.9 * floor.reqPerSec
      : pre.reqPerSec >= half,
    // A scenario that completed nothing has p99 0: that is a failure, not a pass.
    "search p99 ≤ 500 ms": search.reqPerSec > 0 && search.p99 <= 500,
  };
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const out = { date: new Date().toISOString(), machine, loadAverage: os.loadavg(), ...args, results, checks };
  await mkdir(path.join(ROOT, "bench", "out"), { recursive: true });
  await writeFile(path.join(ROOT, "bench", "out", "load.json"), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${out.date} · ${machine} · load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log("| scenario | req/s | p50 ms | p99 ms | errors | peak RSS |\n| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) console.log(`| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.peakRssMb} MB |`);
  for (const [check, ok] of Object.entries(checks)) console.log(`${ok ? "✅" : "❌"} ${check}`);
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
  recordLoad(results, pre.reqPerSec / stat.reqPerSec, search, args);
}

/** The figures into bench/report.json, so the README's table carries them with date and machine. */
function recordLoad(results: Outcome[], ratio: number, search: Outcome, args: z.infer<typeof argsSchema>) {
  const at = `${args.connections} connections, ${args.duration} s`;
  for (const r of results) record({ name: `load/${r.name}: req/s`, value: Math.round(r.reqPerSec), unit: "req/s", note: `${at}; p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, peak RSS ${r.peakRssMb} MB` });
  record({ name: "load/prerendered ÷ static server", value: Number(ratio.toFixed(2)), unit: "×", target: { min: 0.5 } });
  record({ name: "load/search page p99", value: search.p99, unit: "ms", target: { max: 500 }, note: `${at}; 1 in 5 queries worst case` });
}

/** Waits (up to 60 s) until the server answers a request within a second. */
async function drain(port: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    const ok = await fetch(`http://${HOST}:${port}/zh`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok && Date.now() - started < 1000) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function start(command: string, argv: string[], port: number, probe: string): Promise<ChildProcess> {
  const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`http://${HOST}:${port}${probe}`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`${path.basename(command)} did not answer ${probe} on port ${port}`);
}

main().catch((e: unknown) => {
  console.error(`❌ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
