/**
 * The reading-site budget (issue 14), measured against the production build:
 *
 *   npm run build && npm run bench:site            (BENCH_PATH=/en/notices/x to pick another page)
 *
 * Budget: the framework's floor plus our own code, measured apart in the same build.
 * - our client JS ≤ 8 kB gzip on the notice page: the JS files the notice page loads that the
 *   minimal page of the same build (/zh/floor, app/[locale]/floor/page.tsx) does not;
 * - the framework's share is what the minimal page loads (Next's App Router runtime + React DOM);
 * - Lighthouse desktop performance, median of LH_RUNS (default 3) runs, ≥ 99 and not below the
 *   minimal page's median in the same run, with accessibility, best practices and SEO at 100.
 *
 * 1. Starts `next start` on a free port (BENCH_PORT, default 3219).
 * 2. Loads each page in Debian's Chromium, records every HTML/JS/CSS response it loads, and gzips
 *    each body (level 9, what a CDN would serve) — Next 16 prints no "First Load JS" column. JS
 *    requested after the load event is Next's viewport prefetch for the pages the links lead to; it
 *    is counted apart, because whether it lands before network idle is a race.
 * 3. Runs Lighthouse (desktop preset) on the notice page and the minimal page, interleaved so both
 *    see the same machine load, and takes each page's median run by performance score.
 * Writes bench/out/site.json, prints tables, exits 1 when any point of the budget is missed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Request } from "@playwright/test";
import { z } from "zod";
import { record } from "@/bench/report";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.BENCH_PORT ?? 3219);
const PAGE = process.env.BENCH_PATH ?? "/en/notices/mofcom-2013-1";
/** The minimal page of the same build: root layout, no client component of ours. */
const FLOOR = "/zh/floor";
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUR_JS_BUDGET = 8 * 1024;
const MIN_PERFORMANCE = 99;
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);

const lighthouseReport = z.object({
  categories: z.record(z.string(), z.object({ title: z.string(), score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
});

type LighthouseRun = Awaited<ReturnType<typeof runLighthouse>>;

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  try {
    console.log(`1. page weight of ${PAGE} and of the minimal page ${FLOOR}`);
    const weight = await measureWeight(`${ORIGIN}${PAGE}`);
    const floor = await measureWeight(`${ORIGIN}${FLOOR}`);
    const ours = ourScripts(weight.scripts, floor.scripts);
    const pageRuns: LighthouseRun[] = [];
    const floorRuns: LighthouseRun[] = [];
    for (let run = 1; run <= LH_RUNS; run++) {
      console.log(`2. lighthouse (desktop), run ${run}/${LH_RUNS}: ${PAGE}, then ${FLOOR}`);
      pageRuns.push(await runLighthouse(`${ORIGIN}${PAGE}`));
      floorRuns.push(await runLighthouse(`${ORIGIN}${FLOOR}`));
    }
    const scores = medianRun(pageRuns);
    const floorScores = medianRun(floorRuns);
    const result = {
      date: new Date().toISOString(),
      page: PAGE,
      floorPage: FLOOR,
      weight,
      floorWeight: floor,
      ourJs: ours,
      lighthouse: scores,
      floorLighthouse: floorScores,
      lighthouseRuns: pageRuns,
      floorLighthouseRuns: floorRuns,
    };
    await writeFile(path.join(OUT, "site.json"), `${JSON.stringify(result, null, 2)}\n`);
    report({ weight, floor, ours, scores, floorScores, pageRuns, floorRuns });
    recordSite(ours.gzip, weight.html.gzip, scores, floorScores);
  } finally {
    server.kill("SIGTERM");
  }
}

function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("LH_RUNS must be at least 1");
  return median;
}

/** Our code: the scripts the notice page loads that the minimal page of the same build does not. */
function ourScripts(page: Script[], floor: Script[]) {
  const framework = new Set(floor.map((s) => s.path));
  const files = page.filter((s) => !framework.has(s.path));
  return { files: files.map((s) => s.path), gzip: files.reduce((n, s) => n + s.gzip, 0) };
}

function report(r: {
  weight: Weight;
  floor: Weight;
  ours: ReturnType<typeof ourScripts>;
  scores: LighthouseRun;
  floorScores: LighthouseRun;
  pageRuns: LighthouseRun[];
  floorRuns: LighthouseRun[];
}) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const row = (w: Weight) => ({
    html: kb(w.html.gzip),
    js: `${kb(w.js.gzip)} (${w.js.files} files)`,
    "js prefetched after load": `${kb(w.prefetch.gzip)} (${w.prefetch.files})`,
    css: kb(w.css.gzip),
  });
  console.table({ [PAGE]: row(r.weight), [FLOOR]: row(r.floor) });
  console.log(`our JS on ${PAGE}: ${kb(r.ours.gzip)} gzip in ${r.ours.files.length} files (${r.ours.files.join(", ")})`);
  console.log(`framework share (the minimal page's JS): ${kb(r.floor.js.gzip)}`);
  console.table({ [PAGE]: r.scores.scores, [FLOOR]: r.floorScores.scores });
  console.log(`performance in ${r.pageRuns.length} runs: ${PAGE} ${r.pageRuns.map((x) => x.scores.performance).join(", ")}; ${FLOOR} ${r.floorRuns.map((x) => x.scores.performance).join(", ")}`);
  const perf = r.scores.scores.performance ?? 0;
  const floorPerf = r.floorScores.scores.performance ?? 0;
  const checks: [boolean, string][] = [
    [r.ours.gzip <= OUR_JS_BUDGET, `our JS ${kb(r.ours.gzip)} ≤ ${kb(OUR_JS_BUDGET)}`],
    [perf >= MIN_PERFORMANCE, `performance median ${perf} ≥ ${MIN_PERFORMANCE}`],
    [perf >= floorPerf, `performance median ${perf} ≥ the minimal page's ${floorPerf}`],
    ...(["accessibility", "best-practices", "seo"] as const).map((key): [boolean, string] => [
      r.scores.scores[key] === 100,
      `${key} ${r.scores.scores[key]} = 100`,
    ]),
  ];
  for (const [ok, text] of checks) console.log(`${ok ? "✅" : "❌"} ${text}`);
  if (checks.some(([ok]) => !ok)) process.exitCode = 1;
}

/** The budget's figures into bench/report.json, so the README's table carries them with date and machine. */
function recordSite(ourGzip: number, htmlGzip: number, scores: LighthouseRun, floorScores: LighthouseRun) {
  const floorPerf = floorScores.scores.performance ?? 0;
  record({ name: `site/our JS on ${PAGE}`, value: ourGzip / 1024, unit: "kB gzip", target: { max: OUR_JS_BUDGET / 1024 }, note: "files the minimal page /zh/floor does not load" });
  record({ name: `site/HTML of ${PAGE}`, value: htmlGzip / 1024, unit: "kB gzip" });
  record({
    name: `site/Lighthouse desktop performance, median of ${LH_RUNS}`,
    value: scores.scores.performance ?? 0,
    unit: "score",
    target: { min: Math.max(MIN_PERFORMANCE, floorPerf) },
    note: `minimal page ${floorPerf}; a11y/best practices/SEO ${scores.scores.accessibility}/${scores.scores["best-practices"]}/${scores.scores.seo}`,
  });
}

function startServer(): Promise<ChildProcess> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`${ORIGIN}/zh`)).ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || child.exitCode !== null) return reject(new Error("next start did not come up"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

type Bucket = { files: number; raw: number; gzip: number };
type Script = { path: string; gzip: number };
type Weight = Awaited<ReturnType<typeof measureWeight>>;

async function measureWeight(url: string) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
  const buckets: Record<"html" | "js" | "css" | "prefetch", Bucket> = {
    html: { files: 0, raw: 0, gzip: 0 },
    js: { files: 0, raw: 0, gzip: 0 },
    css: { files: 0, raw: 0, gzip: 0 },
    prefetch: { files: 0, raw: 0, gzip: 0 },
  };
  const scripts: Script[] = [];
  const pending: Promise<void>[] = [];
  const afterLoad = new Set<Request>();
  let loaded = false;
  page.on("load", () => {
    loaded = true;
  });
  page.on("request", (request) => {
    if (loaded) afterLoad.add(request);
  });
  page.on("response", (response) => {
    const type = response.request().resourceType();
    const kind = type === "document" ? "html" : type === "script" ? "js" : type === "stylesheet" ? "css" : null;
    if (!kind || !response.url().startsWith(ORIGIN)) return;
    const bucket = kind === "js" && afterLoad.has(response.request()) ? "prefetch" : kind;
    pending.push(
      response.body().then((body) => {
        buckets[bucket].files += 1;
        buckets[bucket].raw += body.length;
        const gzip = gzipSync(body, { level: 9 }).length;
        buckets[bucket].gzip += gzip;
        if (bucket === "js") scripts.push({ path: new URL(response.url()).pathname, gzip });
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await browser.close();
  return { ...buckets, scripts, total: buckets.html.gzip + buckets.js.gzip + buckets.css.gzip };
}

async function runLighthouse(url: string) {
  const output = path.join(OUT, "lighthouse.json");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/lighthouse"),
      [
        url,
        "--preset=desktop",
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
      ],
      { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: "inherit" },
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))));
  });
  const report = lighthouseReport.parse(JSON.parse(await readFile(output, "utf8")));
  const scores: Record<string, number | null> = {};
  for (const [key, category] of Object.entries(report.categories)) {
    scores[key] = category.score === null ? null : Math.round(category.score * 100);
  }
  const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    scores,
    metricsMs: { fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time") },
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? null,
  };
}

await main();
