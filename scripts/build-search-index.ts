/**
 * Builds the static search index: content/<issue>/gazette.zh.txt → parse → search documents →
 * public/search/<locale>/{manifest.json, shards/*.json, terms/*.json, docs/*.json}. Run by `npm run search:build`
 * (and as part of the site build). Idempotent: the locale directories are replaced each run.
 *   npm run search:build [-- --content DIR --out DIR]: another archive (the generated one of
 *   npm run bench:scale) and another target (the CLI search test builds into a temp dir).
 */
import { mkdirSync, readdirSync, rmSync, existsSync, writeFile } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { manifestFile, streamSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { LOCALES } from "@/i18n/locales";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { SearchDoc, SearchLocale } from "@/lib/search/format";
import { readAllIssueDocs } from "@/scripts/lib/search-issue-docs";

const ROOT = path.resolve(import.meta.dirname, "..");
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CONTENT = path.resolve(flag("--content") ?? path.join(ROOT, "content"));
const OUT = path.resolve(flag("--out") ?? path.join(ROOT, "public", "search"));
const gzipAsync = promisify(gzip);
// The callback writeFile, not fs/promises: its FileHandle per file cost the main thread 1.5× as much.
const writeFileAsync = promisify(writeFile);

async function main(): Promise<void> {
  const started = performance.now();
  // 1. Parse every issue that has a Chinese gazette text.
  const docs: SearchDoc[] = [];
  let failed = false;
  const issues = existsSync(CONTENT) ? readdirSync(CONTENT).filter((d) => ISSUE_SLUG.test(d) && existsSync(path.join(CONTENT, d, "gazette.zh.txt"))).sort() : [];
  for (const result of await readAllIssueDocs(CONTENT, issues, ROOT)) {
    if ("error" in result) {
      failed = true;
      console.error(`❌ ${result.issue}: ${result.error}`);
      continue;
    }
    for (const d of result.docs) docs.push(d);
    const en = result.docs.filter((d) => d.locale === "en").length;
    console.log(`✅ ${result.issue}: ${result.docs.length - en} zh + ${en} en search documents`);
  }
  if (failed) process.exit(1);

  // 2. Build and write one index per locale, file by file as the builder yields them.
  for (const locale of LOCALES) await writeLocale(docs, locale);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, OUT)}/`);
}

// Compressing (for the size total) and writing ~250,000 files at 1,000 issues took a quarter of the
// build's CPU time on the main thread. zlib's async gzip and fs/promises run on libuv's thread pool,
// so they overlap the JS that makes the next files; at most this many are in flight, which bounds
// the bodies held. The gzip figure stays exact: every file at level 9, as before.
const IN_FLIGHT = 64;

async function writeLocale(docs: SearchDoc[], locale: SearchLocale): Promise<void> {
  rmSync(path.join(OUT, locale), { recursive: true, force: true });
  const made = new Set<string>();
  const totals = { raw: 0, gz: 0, common: 0 };
  const pending = new Set<Promise<void>>();
  const write = async (f: BuiltFile) => {
    const target = path.join(OUT, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    const bytes = Buffer.from(f.body);
    totals.raw += bytes.length;
    if (f.path.includes("/terms/")) totals.common++;
    const task = Promise.all([writeFileAsync(target, bytes), gzipAsync(bytes, { level: 9 })]).then(([, gz]) => {
      totals.gz += gz.length;
    });
    pending.add(task);
    // Attaching the handler here keeps a failed write from being an unhandled rejection before it is awaited.
    task.then(() => pending.delete(task), () => pending.delete(task));
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  };
  const stream = streamSearchIndex(docs, locale);
  let step = stream.next();
  for (; !step.done; step = stream.next()) await write(step.value);
  const manifest = step.value;
  await write(manifestFile(manifest));
  await Promise.all(pending);
  console.log(
    `✅ ${locale}: ${manifest.docCount} docs, ${manifest.shardCount} shards, ${totals.common} common terms, ${Math.ceil(manifest.docCount / manifest.docsPerChunk)} doc chunks, ` +
      `${(totals.raw / 1024).toFixed(1)} kB (${(totals.gz / 1024).toFixed(1)} kB gzip)`,
  );
}

await main();
