/**
 * First-hit and cached latency of pages the build did not prerender (issue 11, "Build strategy"),
 * for bench/build.bench.ts --latency: `next start` on the build just made, then, one request at a
 * time, SAMPLE older notice and issue pages twice (first hit renders, second comes from the cache)
 * and SAMPLE prerendered ones once. Time is to the last byte of the body, on the same machine.
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { browseSizes } from "@/bench/browse-sizes";
import { record } from "@/bench/report";
import { ARCHIVE_PATHS_FILE, archivePathsSchema, prerenderedPaths } from "@/lib/http/known-paths";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = 3130;
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLE = 30;

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, ".next", file), "utf8"));

/** `count` paths spread evenly over the list (older issues of every year, not the first few). */
function spread(paths: string[], count: number): string[] {
  const step = Math.max(1, Math.floor(paths.length / count));
  return paths.filter((_, i) => i % step === 0).slice(0, count);
}

function newestYear(archive: Record<string, string[]>): string {
  const years = (archive["/[locale]/issues/[issue]"] ?? []).map((p) => /\/(\d{4})-\d+$/.exec(p)?.[1] ?? "").filter((y) => y !== "");
  return years.sort().at(-1) ?? "";
}

/** The issuer with the most notices: the one with the most pages of the issuer listing. */
function largestIssuer(prerendered: Set<string>): string {
  const pages = new Map<string, number>();
  for (const p of prerendered) {
    const code = /^\/zh\/issuers\/([^/]+)/.exec(p)?.[1];
    if (code) pages.set(code, (pages.get(code) ?? 0) + 1);
  }
  return [...pages].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

async function timedGet(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const started = performance.now();
  const response = await fetch(`${BASE}${url}`, { redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, cache: response.headers.get("x-nextjs-cache") ?? "-" };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${BASE}/zh`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not answer /zh within 60 s");
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function pass(urls: string[], expectCache: string): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const got = await timedGet(url);
    if (got.status !== 200 || got.cache !== expectCache) throw new Error(`${url}: ${got.status}, x-nextjs-cache ${got.cache} (expected 200 ${expectCache})`);
    times.push(got.ms);
  }
  return times;
}

export async function onDemandLatency(issues: number, env: NodeJS.ProcessEnv): Promise<Record<string, number>> {
  const prerendered = prerenderedPaths(readJson("prerender-manifest.json"));
  const archive = archivePathsSchema.parse(readJson(ARCHIVE_PATHS_FILE)).routes;
  const pages = [...(archive["/[locale]/notices/[id]"] ?? []), ...(archive["/[locale]/issues/[issue]"] ?? []).filter((p) => /\d{4}-\d+$/.test(p))];
  const older = spread(pages.filter((p) => !prerendered.has(p)), SAMPLE);
  const recent = spread(pages.filter((p) => prerendered.has(p)), SAMPLE);
  if (older.length === 0) throw new Error("every archive page was prerendered: set PRERENDER_ISSUES below the issue count");
  // What Next rendered on demand since the build (an earlier run's first hits): gone, so every first
  // hit renders. Prerendered pages live in .next/server/app, not here.
  rmSync(path.join(ROOT, ".next", "server", "route-cache"), { recursive: true, force: true });
  const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(PORT)], { cwd: ROOT, env, stdio: "ignore" });
  try {
    await waitForServer();
    const first = await pass(older, "MISS");
    const cached = await pass(older, "HIT");
    const prerenderedTimes = await pass(recent, "HIT");
    await browseSizes(BASE, issues, newestYear(archive), largestIssuer(prerendered));
    const out = {
      firstMedian: quantile(first, 0.5), firstP95: quantile(first, 0.95),
      cachedMedian: quantile(cached, 0.5), cachedP95: quantile(cached, 0.95),
      prerenderedMedian: quantile(prerenderedTimes, 0.5), prerenderedP95: quantile(prerenderedTimes, 0.95),
    };
    const note = `${older.length} notice and issue pages of older issues, one request at a time, time to the last byte`;
    record({ name: `build/${issues}/on demand: first hit median`, value: out.firstMedian, unit: "ms", note: `p95 ${out.firstP95.toFixed(0)} ms; ${note}` });
    record({ name: `build/${issues}/on demand: cached median`, value: out.cachedMedian, unit: "ms", note: `p95 ${out.cachedP95.toFixed(1)} ms; the same pages again` });
    record({ name: `build/${issues}/prerendered page median`, value: out.prerenderedMedian, unit: "ms", note: `p95 ${out.prerenderedP95.toFixed(1)} ms; ${recent.length} pages of the newest issues` });
    return out;
  } finally {
    server.kill("SIGTERM");
  }
}
