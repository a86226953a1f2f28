/**
 * npm run bench:search — our search vs Pagefind 1.6 vs MiniSearch 7.2, on the seed issue and on a
 * SYNTHETIC ~10,000-doc archive generated from it (bench/archive/generate-archive.ts). Not a test: it prints
 * a table and writes bench/out/search/results.{json,md}. Keep under ~5 min on 2 cores.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseIssue } from "@/lib/parse/parse-issue";
import { buildSearchIndex, type BuiltIndex } from "@/lib/search/build-index";
import { createSearchClient } from "@/lib/search/client";
import { decodeSlots } from "@/lib/search/client-files";
import { issueDocuments } from "@/lib/search/documents";
import { addPostings, createQueryIndex } from "@/lib/search/engine";
import { commonTermSchema, shardSchema, type SearchDoc } from "@/lib/search/format";
import { fold } from "@/lib/search/normalize";
import { memoryHost } from "@/lib/search/test-helpers";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { planQuery } from "@/lib/search/tokenize";
import { translationFileSchema } from "@/lib/translations/schema";
import { StaticShardStorage, adapterIndex, adapterSearch } from "@/bench/search/flexsearch-adapter";
import { buildMiniSearch, miniSearchTop10 } from "@/bench/search/minisearch";
import { buildPagefind, pagefindBundleBytes, pagefindClient, pagefindTop10 } from "@/bench/search/pagefind";
import { record } from "@/bench/report";
import { clientJsBytes } from "@/bench/search/client-js";
import { LABELLED, docKeySets, latencyQueries, median, percentile, relevantDocs, scoreRankings } from "@/bench/search/queries";
import { generateArchive } from "@/bench/archive/generate-archive";
import { loadSeed } from "@/bench/archive/load-seed";

const ROOT = path.resolve(import.meta.dirname, "../..");
const OUT = path.join(ROOT, "bench", "out", "search");
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

type Row = Record<string, string | number | null>;

function realDocs(): SearchDoc[] {
  const dir = path.join(ROOT, "content", "2013-11");
  const parsed = parseIssue(readFileSync(path.join(dir, "gazette.zh.txt"), "utf8"));
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "translation.en.json"), "utf8")));
  return issueDocuments(parsed, { english: overlayFromTranslation(parsed, translation) });
}

/** Chinese documents of generated issues (bench/archive), marked synthetic, about `count` of them. */
function syntheticDocs(count: number, seed: number): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const issue of generateArchive(loadSeed(), { issues: 10_000, seed })) {
    const english = overlayFromTranslation(issue.parsed, issue.translation);
    out.push(...issueDocuments(issue.parsed, { english }).filter((d) => d.locale === "zh").map((d) => ({ ...d, synthetic: true })));
    if (out.length >= count) break;
  }
  return out;
}

async function timeQueries(queries: string[], run: (q: string) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (const q of queries) await run(q);
  const per: number[] = [];
  for (const q of queries) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run(q);
      times.push(performance.now() - t);
    }
    per.push(median(times));
  }
  return { p50: percentile(per, 50), p95: percentile(per, 95) };
}

function fileGzipSizes(built: BuiltIndex): Map<string, number> {
  return new Map(built.files.map((f) => [f.path, gz(f.body)]));
}

async function ours(docs: SearchDoc[], queries: string[], labelled: string[], keyToDoc: Map<string, number>, jsBytes: number) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const built = buildSearchIndex(docs, "zh");
  const buildMs = performance.now() - t0;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const sizes = fileGzipSizes(built);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const indexOnly = [...sizes].filter(([p]) => !p.includes("/docs/")).reduce((a, [, b]) => a + b, 0);

  // Cold: a fresh client per query; bytes = every file it fetched (gzip) + the client JS.
  const cold: number[] = [];
  const coldMs: number[] = [];
  for (const q of labelled) {
    const host = memoryHost(built.files);
    const client = createSearchClient({ baseUrl: "/search", fetch: host.fetch });
    const t = performance.now();
    await client.search(q, { limit: 10 });
    coldMs.push(performance.now() - t);
    cold.push(jsBytes + host.fetched.reduce((s, p) => s + (sizes.get(p) ?? 0), 0));
  }
  // Warm: one client, everything the queries need already cached.
  const warmClient = createSearchClient({ baseUrl: "/search", fetch: memoryHost(built.files).fetch });
  const rankings = new Map<string, number[]>();
  const latency = await timeQueries(queries, async (q) => {
    const res = await warmClient.search(q, { limit: 10 });
    rankings.set(q, res.hits.map((h) => keyToDoc.get(h.key) ?? -1));
  });
  return { built, buildMs, heapMb, total, indexOnly, cold, coldMs, latency, rankings };
}

/** The design question: persistent-storage adapter vs shards imported into an in-memory Index. */
async function adapterVsImport(built: BuiltIndex, queries: string[]) {
  const entries: Array<[string, Array<number[] | null>]> = [];
  for (const f of built.files) {
    if (f.path.includes("/shards/")) for (const [term, slots] of shardSchema.parse(JSON.parse(f.body)).terms) entries.push([term, decodeSlots(slots)]);
    if (f.path.includes("/terms/")) {
      const common = commonTermSchema.parse(JSON.parse(f.body));
      entries.push([common.term, decodeSlots(common.slots)]);
    }
  }
  const imported = createQueryIndex();
  addPostings(imported, entries);
  const storage = new StaticShardStorage();
  storage.load(entries);
  const adapted = await adapterIndex(storage);
  const parts = queries.flatMap((q) => planQuery(q).parts.map((p) => p.terms));
  let mismatches = 0;
  for (const terms of parts) {
    const a = imported.search(terms.join(" "), { limit: 10 });
    const b = await adapterSearch(adapted, terms, 10);
    if (JSON.stringify(a) !== JSON.stringify(b)) mismatches++;
  }
  const keyOf = (t: string[]) => t.join(" ");
  const importLatency = await timeQueries(parts.map(keyOf), async (q) => imported.search(q, { limit: 10 }));
  const adapterLatency = await timeQueries(parts.map(keyOf), async (q) => adapterSearch(adapted, q.split(" "), 10));
  return { parts: parts.length, mismatches, importLatency, adapterLatency };
}

/** Each engine's figures per corpus into bench/report.json (bench/report.ts). */
function recordRow(r: Row): void {
  const at = `search/${r.corpus}/${String(r.engine).split(" (")[0]}`;
  const ours = String(r.engine).startsWith("ours");
  record({ name: `${at}: cold bytes median`, value: Number(r.cold_median) / 1024, unit: "kB", target: ours ? { max: 40 } : undefined, note: `p95 ${kb(Number(r.cold_p95))}; ${r.docs} docs` });
  record({ name: `${at}: warm p95`, value: Number(r.warm_p95), unit: "ms", target: ours ? { max: 5 } : undefined, note: `p50 ${ms(Number(r.warm_p50))} ms` });
  record({ name: `${at}: recall@10`, value: Number(r.recall10), unit: "", target: ours ? { min: 1 } : undefined, note: `top-1 ${Number(r.top1).toFixed(3)}` });
}

async function main(): Promise<void> {
  const started = performance.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let peakRss = 0;
  const rssPoll = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

  // 1. Corpora: the seed issue, and the synthetic archive (real issue verbatim + generated issues
  // until the corpus holds ~10,000 documents).
  const real = realDocs().filter((d) => d.locale === "zh");
  const synthetic = syntheticDocs(10_000 - real.length, 808);
  const scaled = [...real, ...synthetic];
  writeFileSync(
    path.join(OUT, "synthetic-docs.json"),
    JSON.stringify({ note: "SYNTHETIC benchmark corpus generated from content/ (bench/archive); not content, never shipped", docs: synthetic }),
  );
  console.log(`corpora: seed ${real.length} docs; scaled ${scaled.length} docs (${synthetic.length} synthetic), ${kb(Buffer.byteLength(scaled.map((d) => d.text).join("")))} text`);

  const js = await clientJsBytes();
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, clientJsGzip: js };
  const rows: Row[] = [];

  for (const [name, docs] of [["seed", real], ["10k", scaled]] as const) {
    const folded = docs.map((d) => fold(d.text));
    let keys: Array<Set<string>> | null = null;
    const keySets = () => (keys ??= docKeySets(folded));
    const labelled = LABELLED.map((l) => l.q);
    const relevant = new Map(labelled.map((q) => [q, relevantDocs(q, docs, folded, keySets)]));
    const queries = [...labelled, ...latencyQueries(docs, 150, 7)];
    const keyToDoc = new Map(docs.map((d, n) => [d.key, n]));

    // 2. Ours.
    const o = await ours(docs, queries, labelled, keyToDoc, js.base);
    const oq = scoreRankings(new Map(labelled.map((q) => [q, o.rankings.get(q) ?? []])), relevant);
    rows.push({
      corpus: name, engine: "ours (FlexSearch 0.8, sharded)", docs: docs.length, build_s: o.buildMs / 1000, total_gzip: o.total, index_gzip: o.indexOnly,
      cold_median: median(o.cold), cold_p95: percentile(o.cold, 95), warm_p50: o.latency.p50, warm_p95: o.latency.p95,
      recall10: oq.recall, top1: oq.top1, memory_mb: o.heapMb, shards: o.built.manifest.shardCount,
    });
    results[`${name}/ours`] = { ...rows.at(-1), coldMsMedian: median(o.coldMs), perQuery: oq.perQuery.filter((p) => p.recall < 1 || !p.top1) };
    console.log(`ours ${name}: build ${(o.buildMs / 1000).toFixed(2)} s, ${kb(o.total)} gzip, R@10 ${oq.recall.toFixed(3)}, top-1 ${oq.top1.toFixed(3)}`);
    if (name === "10k") {
      const design = await adapterVsImport(o.built, queries);
      results["design/adapter-vs-import"] = design;
      console.log(`design: ${design.parts} parts, ${design.mismatches} result mismatches; import p50/p95 ${ms(design.importLatency.p50)}/${ms(design.importLatency.p95)} ms, adapter ${ms(design.adapterLatency.p50)}/${ms(design.adapterLatency.p95)} ms`);
    }

    // 3. MiniSearch (whole index in memory; cold = whole serialized index + its JS).
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const t = performance.now();
    const mini = buildMiniSearch(docs);
    const miniBuild = performance.now() - t;
    gc();
    const miniHeap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
    const miniJson = JSON.stringify(mini);
    const miniJs = gz(readFileSync(path.join(ROOT, "node_modules/minisearch/dist/es/index.js")));
    const miniRank = new Map<string, number[]>();
    const miniLat = await timeQueries(queries, async (q) => miniRank.set(q, miniSearchTop10(mini, q)));
    const mq = scoreRankings(new Map(labelled.map((q) => [q, miniRank.get(q) ?? []])), relevant);
    const miniTotal = gz(miniJson);
    rows.push({
      corpus: name, engine: "MiniSearch 7.2 (uni+bigrams, part AND/OR)", docs: docs.length, build_s: miniBuild / 1000, total_gzip: miniTotal, index_gzip: miniTotal,
      cold_median: miniTotal + miniJs, cold_p95: miniTotal + miniJs, warm_p50: miniLat.p50, warm_p95: miniLat.p95,
      recall10: mq.recall, top1: mq.top1, memory_mb: miniHeap, shards: null,
    });
    results[`${name}/minisearch`] = { ...rows.at(-1), perQuery: mq.perQuery.filter((p) => p.recall < 1 || !p.top1) };
    console.log(`minisearch ${name}: build ${(miniBuild / 1000).toFixed(2)} s`);

    // 4. Pagefind.
    const pfDir = path.join(OUT, `pagefind-${name}`);
    const pf = await buildPagefind(docs, pfDir);
    const bundle = await pagefindBundleBytes(pfDir);
    const pfCold: number[] = [];
    let i = 0;
    for (const q of labelled) {
      const counter = { bytes: bundle.jsGzip };
      const client = await pagefindClient(pfDir, counter, `${name}-${i++}`);
      await pagefindTop10(client, q);
      pfCold.push(counter.bytes);
    }
    const warmPf = await pagefindClient(pfDir, { bytes: 0 }, `${name}-warm`);
    const pfRank = new Map<string, number[]>();
    const pfLat = await timeQueries(queries, async (q) => pfRank.set(q, await pagefindTop10(warmPf, q)));
    const pq = scoreRankings(new Map(labelled.map((q) => [q, pfRank.get(q) ?? []])), relevant);
    rows.push({
      corpus: name, engine: "Pagefind 1.6 (zh-cn)", docs: docs.length, build_s: pf.buildMs / 1000, total_gzip: bundle.total, index_gzip: bundle.total,
      cold_median: median(pfCold), cold_p95: percentile(pfCold, 95), warm_p50: pfLat.p50, warm_p95: pfLat.p95,
      recall10: pq.recall, top1: pq.top1, memory_mb: pf.peakRss / 2 ** 20, shards: null,
    });
    results[`${name}/pagefind`] = { ...rows.at(-1), perQuery: pq.perQuery.filter((p) => p.recall < 1 || !p.top1) };
    console.log(`pagefind ${name}: build ${(pf.buildMs / 1000).toFixed(2)} s`);
  }
  clearInterval(rssPoll);
  results.rows = rows;
  results.benchPeakRssMb = peakRss / 2 ** 20;
  results.seconds = (performance.now() - started) / 1000;
  results.loadAverage = loadavg();

  const header = "| corpus | engine | docs | build | total index (gzip) | cold bytes to first result (median / p95) | warm p50 / p95 | R@10 | top-1 | build memory |";
  const md = [
    `# Search benchmark (${results.date}, Node ${process.version}, ${process.arch}); 10k corpus is SYNTHETIC`,
    "",
    header,
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.corpus} | ${r.engine} | ${r.docs} | ${Number(r.build_s).toFixed(2)} s | ${kb(Number(r.total_gzip))}${r.index_gzip !== r.total_gzip ? ` (index ${kb(Number(r.index_gzip))})` : ""} | ${kb(Number(r.cold_median))} / ${kb(Number(r.cold_p95))} | ${ms(Number(r.warm_p50))} / ${ms(Number(r.warm_p95))} ms | ${Number(r.recall10).toFixed(3)} | ${Number(r.top1).toFixed(3)} | ${Number(r.memory_mb).toFixed(0)} MB${String(r.engine).startsWith("Pagefind") ? " (native RSS)" : " (heap Δ)"} |`,
    ),
    "",
    `Client JS (esbuild, minified, gzip): ${kb(js.base)} base (FlexSearch bundle, zod/mini, lib/search), counted in our cold bytes; +${kb(js.traditional)} opencc-js only for a traditional query that found nothing as typed.`,
    `Cold bytes: ours = client JS + manifest + shards of the query's terms + doc chunks of the top 10; Pagefind = pagefind.js (gzip) + everything its search() and data() of the top 10 fetched; MiniSearch = whole index JSON (gzip) + its JS.`,
    `Warm latency over ${LABELLED.length} labelled + 150 generated queries (median of 5 passes per query, after a warm-up pass). Ours includes snippets and highlight ranges; Pagefind is search() + data() of the top 10.`,
    `Bench process peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB; run took ${Number(results.seconds).toFixed(0)} s; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" / ")} on ${availableParallelism()} cores (shared machine: timings are noisy).`,
  ].join("\n");
  for (const r of rows) recordRow(r);
  writeFileSync(path.join(OUT, "results.json"), JSON.stringify(results, null, 2));
  writeFileSync(path.join(OUT, "results.md"), `${md}\n`);
  console.log(`\n${md}`);
}

void main();
