// npm run bench:scale:pagefind -- --issues N: Pagefind 1.6 on the same zh documents as our index of
// bench/out/scale-N (built by bench:scale), and the same unique-answer queries, in one run, so the
// cold-bytes and warm-p95 ratios of issue 11 compare like with like. Writes bench/out/scale-N/pagefind/;
// --reuse measures a bundle built before instead of building it again (≈ 9 min and 12 GB at 1,000).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { record } from "@/bench/report";
import { buildPagefind, pagefindBundleBytes, pagefindClient, pagefindTop10 } from "@/bench/search/pagefind";
import { median, percentile } from "@/bench/search/queries";
import { measureSearch, uniqueQueries } from "@/bench/search/scale-queries";
import { parseIssue } from "@/lib/parse/parse-issue";
import { issueDocuments } from "@/lib/search/documents";

const i = process.argv.indexOf("--issues");
const n = z.coerce.number().int().min(1).parse(i >= 0 ? process.argv[i + 1] : 1000);
const out = path.resolve(import.meta.dirname, "..", "out", `scale-${n}`);
const archive = path.join(out, "archive");

// The zh documents in the order our index numbers them (scripts/build-search-index.ts).
const slugs = readdirSync(archive).filter((d) => /^\d{4}-\d+$/.test(d)).sort();
const docs = slugs.flatMap((slug) => issueDocuments(parseIssue(readFileSync(path.join(archive, slug, "gazette.zh.txt"), "utf8"), { file: slug })).filter((d) => d.locale === "zh"));
console.log(`${docs.length} zh documents`);
const pfDir = path.join(out, "pagefind");
const reuse = process.argv.includes("--reuse") && existsSync(path.join(pfDir, "pagefind.js"));
const built = reuse ? null : await buildPagefind(docs, pfDir);
if (built) console.log(`pagefind build ${(built.buildMs / 1000).toFixed(1)} s, peak RSS ${(built.peakRss / 2 ** 20).toFixed(0)} MB`);

const queries = uniqueQueries(archive, 60, 1);
const bundle = await pagefindBundleBytes(pfDir);
const cold: number[] = [];
for (const [k, { q }] of queries.entries()) {
  const counter = { bytes: bundle.jsGzip };
  await pagefindTop10(await pagefindClient(pfDir, counter, `cold-${k}`), q);
  cold.push(counter.bytes / 1024);
}
const warm = await pagefindClient(pfDir, { bytes: 0 }, "warm");
const times: number[] = [];
let top1 = 0;
for (const { q, relevant } of queries) {
  const keys = (await pagefindTop10(warm, q)).map((d) => docs[d]?.key ?? "");
  if (relevant.includes(keys[0] ?? "")) top1++;
  const passes: number[] = [];
  for (let p = 0; p < 5; p++) {
    const t = performance.now();
    await pagefindTop10(warm, q);
    passes.push(performance.now() - t);
  }
  times.push(median(passes));
}
const ours = await measureSearch(path.join(out, "search"), queries);
const pf = { coldMedian: median(cold), warmP95: percentile(times, 95) };
const note = `${queries.length} unique-answer queries; Pagefind cold median ${pf.coldMedian.toFixed(1)} kB, warm p95 ${pf.warmP95.toFixed(1)} ms, top-1 ${(top1 / queries.length).toFixed(3)}; ours ${ours.coldMedianKb.toFixed(1)} kB, ${ours.warmP95.toFixed(1)} ms`;
if (built) console.log(JSON.stringify(record({ name: `scale/${n}/pagefind: build`, value: built.buildMs / 1000, unit: "s", note: `peak RSS ${(built.peakRss / 2 ** 20).toFixed(0)} MB, ${docs.length} zh documents, ${bundle.files} files` })));
console.log(JSON.stringify(record({ name: `scale/${n}/search zh ÷ Pagefind: cold bytes, median`, value: ours.coldMedianKb / pf.coldMedian, unit: "×", target: { max: 0.25 }, note })));
console.log(JSON.stringify(record({ name: `scale/${n}/search zh ÷ Pagefind: warm p95`, value: ours.warmP95 / pf.warmP95, unit: "×", target: { max: 0.2 }, note })));
