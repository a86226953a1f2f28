// Search over a generated N-issue archive's built index (bench:scale): cold bytes before the first
// result, warm latency and quality on queries whose answer is unique in the archive by construction
// (bench/archive: company names, standard codes and standard names never repeat).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseIssue } from "@/lib/parse/parse-issue";
import { createSearchClient, type FetchLike } from "@/lib/search/client";
import { fileFetch } from "@/lib/search/file-fetch";
import { rng } from "@/bench/archive/random";
import { clientJsBytes } from "@/bench/search/client-js";
import { median, percentile } from "@/bench/search/queries";

export type UniqueQuery = { q: string; kind: "company" | "standard code" | "standard name"; relevant: string[] };

/** Up to 3 queries from each of `sample` issues spread over the archive. */
export function uniqueQueries(archive: string, sample: number, seed: number): UniqueQuery[] {
  const r = rng(seed);
  const slugs = readdirSync(archive).filter((d) => /^\d{4}-\d+$/.test(d)).sort();
  const step = Math.max(1, Math.floor(slugs.length / sample));
  const out: UniqueQuery[] = [];
  for (let i = 0; i < slugs.length && out.length < sample * 3; i += step) {
    const slug = slugs[i] ?? "";
    const parsed = parseIssue(readFileSync(path.join(archive, slug, "gazette.zh.txt"), "utf8"), { file: slug });
    const d = parsed.licensingDecisions.length ? r.pick(parsed.licensingDecisions) : null;
    if (d) out.push({ q: d.company, kind: "company", relevant: [`${d.noticeId}#${d.blockId}:d${d.seq}`, `${d.noticeId}#${d.blockId}`] });
    // Not the first row: its name is also quoted in the notice's opening paragraph.
    const rows = parsed.standards.filter((s) => s.row > 1);
    const s = rows.length ? r.pick(rows) : null;
    if (s) out.push({ q: s.codeNormalized.replace(/-\d{4}$/, ""), kind: "standard code", relevant: [`${s.noticeId}#${s.blockId}:r${s.row}`] });
    const t = rows.length ? r.pick(rows) : null;
    if (t) out.push({ q: t.nameZh, kind: "standard name", relevant: [`${t.noticeId}#${t.blockId}:r${t.row}`] });
  }
  return out;
}

type Measured = { coldMedianKb: number; coldP95Kb: number; warmP50: number; warmP95: number; top1: number; recall10: number; queries: number; misses: string[] };

export async function measureSearch(indexDir: string, queries: readonly UniqueQuery[]): Promise<Measured> {
  const js = (await clientJsBytes()).base;
  const gzSizes = new Map<string, number>();
  const files = fileFetch(indexDir);
  const counting = (into: string[]): FetchLike => async (url) => {
    into.push(url.replace(/\?.*$/, ""));
    return files(url);
  };
  const size = (url: string) => {
    let s = gzSizes.get(url);
    if (s === undefined) {
      s = gzipSync(readFileSync(path.join(indexDir, url.replace(/^\/+/, "")))).length;
      gzSizes.set(url, s);
    }
    return s;
  };
  const cold: number[] = [];
  for (const { q } of queries) {
    const fetched: string[] = [];
    await createSearchClient({ baseUrl: "", fetch: counting(fetched) }).search(q, { limit: 10, locale: "zh" });
    cold.push((js + fetched.reduce((sum, u) => sum + size(u), 0)) / 1024);
  }
  const warm = createSearchClient({ baseUrl: "", fetch: files });
  let top1 = 0;
  let recall = 0;
  const misses: string[] = [];
  for (const { q, relevant } of queries) {
    const keys = (await warm.search(q, { limit: 10, locale: "zh" })).hits.map((h) => h.key);
    const found = relevant.filter((k) => keys.includes(k)).length;
    recall += found / Math.min(10, relevant.length);
    if (relevant.includes(keys[0] ?? "")) top1++;
    else misses.push(q);
  }
  const per: number[] = [];
  for (const { q } of queries) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await warm.search(q, { limit: 10, locale: "zh" });
      times.push(performance.now() - t);
    }
    per.push(median(times));
  }
  const n = Math.max(1, queries.length);
  return { coldMedianKb: median(cold), coldP95Kb: percentile(cold, 95), warmP50: percentile(per, 50), warmP95: percentile(per, 95), top1: top1 / n, recall10: recall / n, queries: queries.length, misses };
}

/** Measures and records the search figures of bench/out/scale-N (archive + built index). */
export async function recordScaleSearch(out: string, n: number, seed: number, record: (m: { name: string; value: number; unit: string; target?: { max?: number; min?: number }; note?: string }) => void): Promise<void> {
  const queries = uniqueQueries(path.join(out, "archive"), 60, seed);
  const m = await measureSearch(path.join(out, "search"), queries);
  const big = n >= 1000;
  const kinds = [...new Set(queries.map((q) => q.kind))].map((k) => `${queries.filter((q) => q.kind === k).length} ${k}`).join(", ");
  record({ name: `scale/${n}/search zh: cold bytes to first result, median`, value: m.coldMedianKb, unit: "kB", target: big ? { max: 40 } : undefined, note: "client JS included (gzip)" });
  record({ name: `scale/${n}/search zh: cold bytes to first result, p95`, value: m.coldP95Kb, unit: "kB", target: big ? { max: 60 } : undefined });
  record({ name: `scale/${n}/search zh: warm p95`, value: m.warmP95, unit: "ms", target: big ? { max: 5 } : undefined, note: `p50 ${m.warmP50.toFixed(3)} ms; median of 5 passes per query` });
  record({ name: `scale/${n}/search zh: top-1, unique-answer queries`, value: m.top1, unit: "", target: big ? { min: 0.98 } : undefined, note: `${m.queries} queries (${kinds})${m.misses.length ? `; top-1 missed: ${m.misses.slice(0, 3).join(" · ")}` : ""}` });
  record({ name: `scale/${n}/search zh: recall@10, unique-answer queries`, value: m.recall10, unit: "", target: big ? { min: 1 } : undefined });
}
