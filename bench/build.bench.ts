/**
 * What `next build` costs as the archive grows (issue 11): wall time, peak memory of the whole
 * process tree, output size and page count, for the server build and optionally the static export.
 *
 *   npm run bench:build -- --issues N [--export] [--keep] [--db FILE] [--search DIR] [--latency] [--reuse-build]
 *
 * The server build prerenders the newest PRERENDER_ISSUES issues (default 50; set it in the
 * environment to measure another strategy, "all" for the full prerender) and renders the rest on
 * demand. With --latency, `next start` on the build and first-hit / cached times of pages that were
 * not prerendered, against prerendered ones, and the HTML size of the browsing pages; the figures go
 * to bench/report.json. --reuse-build skips the database and the build (.next from the last run).
 *
 * 1. A throwaway SQLite database in bench/out/build-N/: content/ (the real issue) plus N − 1
 *    generated issues (npm run archive:generate, seed 1), ingested with npm run ingest; or, with
 *    --db, an existing database of N issues made the same way (ingest is slow on a loaded machine).
 * 2. `next build` against it (DATABASE_URL), sampling the RSS of every process in the build's tree
 *    every 250 ms (Next prerenders in worker processes; GNU time would see only the parent).
 * 3. With --export: `npm run export` on the same database, the same measurements for out/.
 * Writes bench/out/build-N.json. Timings depend on the machine's load: it is printed with them.
 * Leaves .next holding the last build; run `npm run build` before `next start` again.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { z } from "zod";
import { prerenderIssues } from "@/lib/env";
import { prerenderedPaths } from "@/lib/http/known-paths";
import { record } from "@/bench/report";
import { onDemandLatency } from "@/bench/on-demand-latency";

const ROOT = path.resolve(import.meta.dirname, "..");
const argsSchema = z.object({
  issues: z.coerce.number().int().min(1).max(5000),
  export: z.boolean(),
  keep: z.boolean(),
  latency: z.boolean(),
  reuseBuild: z.boolean(),
  db: z.string().min(1).optional(),
  /** A search index built over the same N issues (bench:scale), served instead of content/'s. */
  search: z.string().min(1).optional(),
});

type Args = z.infer<typeof argsSchema>;

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  return argsSchema.parse({ issues: value("--issues"), export: argv.includes("--export"), keep: argv.includes("--keep"), latency: argv.includes("--latency"), reuseBuild: argv.includes("--reuse-build"), db: value("--db"), search: value("--search") });
}

function sh(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}`);
}

/** Sum of RSS (kB) over pid and all its descendants, read from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() ?? 0;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function measured(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const load = loadavg()[0] ?? 0;
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, loadStart: load, loadEnd: loadavg()[0] ?? 0 };
}

function du(dir: string, skip: (rel: string) => boolean = () => false): { files: number; mb: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || skip(path.relative(dir, full))) continue;
    files += 1;
    bytes += statSync(full).size;
  }
  return { files, mb: bytes / 1024 / 1024 };
}

/** Prerendered routes Next wrote (pages, redirects, CSV/JSON files) from its manifest. */
function prerendered(): number {
  return prerenderedPaths(JSON.parse(readFileSync(path.join(ROOT, ".next/prerender-manifest.json"), "utf8"))).size;
}

type Measured = Awaited<ReturnType<typeof measured>>;

function recordBuild(issues: number, result: Record<string, unknown>, build: Measured, paths: Measured): void {
  const strategy = `newest ${String(result.prerenderIssues)} prerendered`;
  const load = `load ${build.loadStart.toFixed(1)} → ${build.loadEnd.toFixed(1)}`;
  const dotNext = du(path.join(ROOT, ".next"), (rel) => rel.startsWith("cache"));
  record({ name: `build/${issues}/${strategy}: next build`, value: build.seconds, unit: "s", note: `${prerendered()} prerendered routes; ${load}; + ${paths.seconds.toFixed(1)} s writing the archive's paths` });
  record({ name: `build/${issues}/${strategy}: peak memory`, value: build.peakMb, unit: "MB", note: "whole process tree" });
  record({ name: `build/${issues}/${strategy}: .next size`, value: dotNext.mb, unit: "MB", note: `${dotNext.files} files, cache excluded` });
}

/** The static export is the other strategy: every page a file (search index included, from public/search). */
function recordExport(issues: number, exported: Measured, out: { files: number; mb: number }): void {
  const load = `load ${exported.loadStart.toFixed(1)} → ${exported.loadEnd.toFixed(1)}`;
  record({ name: `build/${issues}/static export: next build + export`, value: exported.seconds, unit: "s", note: `${load}; public/search copied as is` });
  record({ name: `build/${issues}/static export: peak memory`, value: exported.peakMb, unit: "MB", note: "whole process tree" });
  record({ name: `build/${issues}/static export: out/ size`, value: out.mb, unit: "MB", note: `${out.files} files, search index included` });
}

/** A throwaway database of `issues` issues in `work` (content/ + generated ones), unless --db names one. */
function prepareDatabase(args: Args, work: string, env: NodeJS.ProcessEnv): void {
  console.log(args.db ? `==> database: ${args.db}` : `==> database: content/ + ${args.issues - 1} generated issues`);
  if (args.db) return;
  sh("npm", ["run", "-s", "db:deploy"], env);
  sh("npm", ["run", "-s", "ingest"], env);
  if (args.issues > 1) {
    sh("npm", ["run", "-s", "archive:generate", "--", "--issues", String(args.issues - 1), "--out", path.join(work, "generated")], env);
    sh("npm", ["run", "-s", "ingest", "--", "--content", path.join(work, "generated")], env);
  }
}

/** public/search: the given index of the N issues, else the one `npm run search:build` makes from content/. */
function placeSearchIndex(args: Args, env: NodeJS.ProcessEnv): void {
  if (!args.search) return sh("npm", ["run", "-s", "search:build"], env);
  const target = path.join(ROOT, "public", "search");
  rmSync(target, { recursive: true, force: true });
  cpSync(path.resolve(args.search), target, { recursive: true });
}

async function buildSite(args: Args, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  placeSearchIndex(args, env);
  console.log(`==> next build (PRERENDER_ISSUES=${prerenderIssues(env)}) + archive paths`);
  const build = await measured("node_modules/.bin/next", ["build"], env);
  const paths = await measured("npm", ["run", "-s", "archive:paths"], env);
  const result = {
    prerenderIssues: prerenderIssues(env),
    build: { ...build, pages: prerendered(), dotNext: du(path.join(ROOT, ".next"), (rel) => rel.startsWith("cache")) },
    archivePaths: paths,
  };
  recordBuild(args.issues, result, build, paths);
  return result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = path.join(ROOT, "bench", "out", `build-${args.issues}`);
  if (!args.reuseBuild) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  }
  const db = args.db ? path.resolve(args.db) : path.join(work, "archive.db");
  const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1" };
  const result: Record<string, unknown> = { issues: args.issues, date: new Date().toISOString() };
  if (!args.reuseBuild) {
    prepareDatabase(args, work, env);
    Object.assign(result, await buildSite(args, env));
  }
  if (args.latency) result.latency = await onDemandLatency(args.issues, env);
  if (args.export) {
    if (args.reuseBuild) placeSearchIndex(args, env);
    console.log("==> npm run export");
    const exported = await measured("node", ["--import", "tsx", "scripts/export.ts"], env);
    const out = du(path.join(ROOT, "out"));
    result.export = { ...exported, out };
    recordExport(args.issues, exported, out);
  }
  writeFileSync(path.join(ROOT, "bench", "out", `build-${args.issues}${args.reuseBuild ? "-latency" : ""}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  if (!args.keep && existsSync(path.join(work, "generated"))) rmSync(path.join(work, "generated"), { recursive: true });
}

main().catch((e: unknown) => {
  console.error(`❌ bench:build: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
