/**
 * Page weight and Lighthouse scores of a notice page, against the production build.
 *
 *   npm run build && npm run bench:site            (BENCH_PATH=/en/notices/x to pick another page)
 *
 * 1. Starts `next start` on a free port (BENCH_PORT, default 3219).
 * 2. Loads the page in Debian's Chromium, records every HTML/JS/CSS response it loads, and gzips
 *    each body (level 9, what a CDN would serve) — Next 16 prints no "First Load JS" column. JS
 *    requested after the load event is Next's viewport prefetch for the pages the links lead to; it
 *    is counted apart, because whether it lands before network idle is a race.
 * 3. Runs Lighthouse (desktop preset) LH_RUNS times (default 3) and reports the median run by
 *    performance score, as Lighthouse's own docs advise for a noisy machine, with the spread.
 * Writes bench/out/site.json and prints a table; exits 1 when the page's JS > 90 kB gzip or any
 * median score < 100.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Request } from "@playwright/test";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.BENCH_PORT ?? 3219);
const PAGE = process.env.BENCH_PATH ?? "/en/notices/mofcom-2013-1";
const ORIGIN = `http://127.0.0.1:${PORT}`;
const JS_BUDGET = 90 * 1024;
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);

const lighthouseReport = z.object({
  categories: z.record(z.string(), z.object({ title: z.string(), score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
});

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  try {
    console.log(`1. page weight of ${PAGE}`);
    const weight = await measureWeight(`${ORIGIN}${PAGE}`);
    const runs = [];
    for (let run = 1; run <= LH_RUNS; run++) {
      console.log(`2. lighthouse (desktop) of ${PAGE}, run ${run}/${LH_RUNS}`);
      runs.push(await runLighthouse(`${ORIGIN}${PAGE}`));
    }
    const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
    const scores = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
    if (!scores) throw new Error("LH_RUNS must be at least 1");
    const performanceRuns = runs.map((run) => run.scores.performance);
    const result = { date: new Date().toISOString(), page: PAGE, weight, lighthouse: scores, lighthouseRuns: runs };
    await writeFile(path.join(OUT, "site.json"), `${JSON.stringify(result, null, 2)}\n`);

    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.table({
      html: { files: weight.html.files, gzip: kb(weight.html.gzip) },
      js: { files: weight.js.files, gzip: kb(weight.js.gzip) },
      "js prefetched after load": { files: weight.prefetch.files, gzip: kb(weight.prefetch.gzip) },
      css: { files: weight.css.files, gzip: kb(weight.css.gzip) },
      total: { files: weight.html.files + weight.js.files + weight.css.files, gzip: kb(weight.total) },
    });
    console.table(scores);
    console.log(`performance in ${runs.length} runs: ${performanceRuns.join(", ")}`);
    const jsOk = weight.js.gzip <= JS_BUDGET;
    const lhOk = Object.values(scores.scores).every((s) => s === 100);
    console.log(`${jsOk ? "✅" : "❌"} JS ${kb(weight.js.gzip)} (budget ${kb(JS_BUDGET)})`);
    console.log(`${lhOk ? "✅" : "❌"} Lighthouse ${JSON.stringify(scores.scores)}`);
    if (!jsOk || !lhOk) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
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

async function measureWeight(url: string) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
  const buckets: Record<"html" | "js" | "css" | "prefetch", Bucket> = {
    html: { files: 0, raw: 0, gzip: 0 },
    js: { files: 0, raw: 0, gzip: 0 },
    css: { files: 0, raw: 0, gzip: 0 },
    prefetch: { files: 0, raw: 0, gzip: 0 },
  };
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
        buckets[bucket].gzip += gzipSync(body, { level: 9 }).length;
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await browser.close();
  return { ...buckets, total: buckets.html.gzip + buckets.js.gzip + buckets.css.gzip };
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
