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
import { manifestFile, streamSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { LOCALES } from "@/i18n/locales";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { SearchDoc, SearchLocale } from "@/lib/search/format";
import { gzipMeter } from "@/scripts/lib/gzip-meter";
import { readAllIssueDocs } from "@/scripts/lib/search-issue-docs";

const ROOT = path.resolve(import.meta.dirname, "..");
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CONTENT = path.resolve(flag("--content") ?? path.join(ROOT, "content"));
const OUT = path.resolve(flag("--out") ?? path.join(ROOT, "public", "search"));
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

// Writing ~250,000 files one writeFileSync after another waited on the disk (20k files: 23 s
// wall, 5 s CPU on a busy machine); callback writeFile runs on libuv's pool, at most this many at
// once, which bounds the bodies held. (fs/promises cost the main thread 1.5× as much: a FileHandle each.)
const WRITES_IN_FLIGHT = 64;

async function writeLocale(docs: SearchDoc[], locale: SearchLocale): Promise<void> {
  rmSync(path.join(OUT, locale), { recursive: true, force: true });
  const made = new Set<string>();
  const totals = { raw: 0, common: 0 };
  const gzip = gzipMeter();
  const pending = new Set<Promise<void>>();
  const write = async (f: BuiltFile) => {
    const target = path.join(OUT, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    totals.raw += Buffer.byteLength(f.body);
    if (f.path.includes("/terms/")) totals.common++;
    const task = writeFileAsync(target, f.body);
    pending.add(task);
    // Attaching the handler here keeps a failed write from being an unhandled rejection before it is awaited.
    task.then(() => pending.delete(task), () => pending.delete(task));
    await gzip.add(f.body);
    if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
  };
  const stream = streamSearchIndex(docs, locale);
  let step = stream.next();
  for (; !step.done; step = stream.next()) await write(step.value);
  const manifest = step.value;
  await write(manifestFile(manifest));
  await Promise.all(pending);
  const gz = await gzip.total();
  console.log(
    `✅ ${locale}: ${manifest.docCount} docs, ${manifest.shardCount} shards, ${totals.common} common terms, ${Math.ceil(manifest.docCount / manifest.docsPerChunk)} doc chunks, ` +
      `${(totals.raw / 1024).toFixed(1)} kB (${(gz / 1024).toFixed(1)} kB gzip)`,
  );
}

await main();
