/**
 * Builds the static search index: content/<issue>/gazette.zh.txt → parse → search documents →
 * public/search/<locale>/{manifest.json, shards/*.json, terms/*.json, docs/*.json}. Run by `npm run search:build`
 * (and as part of the site build). Idempotent: the locale directories are replaced each run.
 *   npm run search:build [-- --content DIR --out DIR]: another archive (the generated one of
 *   npm run bench:scale) and another target (the CLI search test builds into a temp dir).
 */
import { readdirSync, rmSync, existsSync } from "node:fs";
import path from "node:path";
import { manifestFile, streamSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { LOCALES } from "@/i18n/locales";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { SearchDoc, SearchLocale } from "@/lib/search/format";
import { fileWriter, type FileWriter } from "@/scripts/lib/file-writer";
import { readAllIssueDocs } from "@/scripts/lib/search-issue-docs";

const ROOT = path.resolve(import.meta.dirname, "..");
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CONTENT = path.resolve(flag("--content") ?? path.join(ROOT, "content"));
const OUT = path.resolve(flag("--out") ?? path.join(ROOT, "public", "search"));

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
  // Two writers: at 100 issues one left the main thread idle 45 % of the time waiting for it.
  const writers = [fileWriter(), fileWriter()];
  for (const locale of LOCALES) await writeLocale(docs, locale, writers);
  await Promise.all(writers.map((w) => w.close()));
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, OUT)}/`);
}

async function writeLocale(docs: SearchDoc[], locale: SearchLocale, writers: FileWriter[]): Promise<void> {
  rmSync(path.join(OUT, locale), { recursive: true, force: true });
  const totals = { raw: 0, common: 0, files: 0 };
  const write = async (f: BuiltFile) => {
    totals.raw += Buffer.byteLength(f.body);
    if (f.path.includes("/terms/")) totals.common++;
    await writers[totals.files++ % writers.length]?.write(path.join(OUT, f.path), f.body);
  };
  const stream = streamSearchIndex(docs, locale);
  let step = stream.next();
  for (; !step.done; step = stream.next()) await write(step.value);
  const manifest = step.value;
  await write(manifestFile(manifest));
  const gz = (await Promise.all(writers.map((w) => w.drain()))).reduce((sum, n) => sum + n, 0);
  console.log(
    `✅ ${locale}: ${manifest.docCount} docs, ${manifest.shardCount} shards, ${totals.common} common terms, ${Math.ceil(manifest.docCount / manifest.docsPerChunk)} doc chunks, ` +
      `${(totals.raw / 1024).toFixed(1)} kB (${(gz / 1024).toFixed(1)} kB gzip)`,
  );
}

await main();
