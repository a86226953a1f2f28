/**
 * What `next build` costs as the archive grows (issue 11): wall time, peak memory of the whole
 * process tree, output size and page count, for the server build and optionally the static export.
 *
 *   npm run bench:build -- --issues N [--export] [--keep] [--db FILE]
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
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..");
const argsSchema = z.object({
  issues: z.coerce.number().int().min(1).max(5000),
  export: z.boolean(),
  keep: z.boolean(),
  db: z.string().min(1).optional(),
});

function parseArgs(argv: string[]) {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  return argsSchema.parse({ issues: value("--issues"), export: argv.includes("--export"), keep: argv.includes("--keep"), db: value("--db") });
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
  const manifest = z.object({ routes: z.record(z.string(), z.unknown()) });
  return Object.keys(manifest.parse(JSON.parse(readFileSync(path.join(ROOT, ".next/prerender-manifest.json"), "utf8"))).routes).length;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = path.join(ROOT, "bench", "out", `build-${args.issues}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const db = args.db ? path.resolve(args.db) : path.join(work, "archive.db");
  const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1" };

  console.log(args.db ? `==> database: ${db}` : `==> database: content/ + ${args.issues - 1} generated issues`);
  if (!args.db) {
    sh("npm", ["run", "-s", "db:deploy"], env);
    sh("npm", ["run", "-s", "ingest"], env);
  }
  if (!args.db && args.issues > 1) {
    sh("npm", ["run", "-s", "archive:generate", "--", "--issues", String(args.issues - 1), "--out", path.join(work, "generated")], env);
    sh("npm", ["run", "-s", "ingest", "--", "--content", path.join(work, "generated")], env);
  }
  sh("npm", ["run", "-s", "search:build"], env);

  console.log("==> next build");
  const build = await measured("node_modules/.bin/next", ["build"], env);
  const result: Record<string, unknown> = {
    issues: args.issues,
    date: new Date().toISOString(),
    build: { ...build, pages: prerendered(), dotNext: du(path.join(ROOT, ".next"), (rel) => rel.startsWith("cache")) },
  };
  if (args.export) {
    console.log("==> npm run export");
    const exported = await measured("node", ["--import", "tsx", "scripts/export.ts"], env);
    result.export = { ...exported, out: du(path.join(ROOT, "out")) };
  }
  writeFileSync(path.join(ROOT, "bench", "out", `build-${args.issues}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  if (!args.keep && existsSync(path.join(work, "generated"))) rmSync(path.join(work, "generated"), { recursive: true });
}

main().catch((e: unknown) => {
  console.error(`❌ bench:build: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
