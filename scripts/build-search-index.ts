/**
 * Builds the static search index: content/<issue>/gazette.zh.txt → parse → search documents →
 * public/search/<locale>/{manifest.json, shards/*.json, terms/*.json, docs/*.json}. Run by `npm run search:build`
 * (and as part of the site build). Idempotent: the locale directories are replaced each run.
 *   npm run search:build [-- --content DIR --out DIR]: another archive (the generated one of
 *   npm run bench:scale) and another target (the CLI search test builds into a temp dir).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseIssue } from "@/lib/parse/parse-issue";
import { manifestFile, streamSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { issueDocuments, type EnglishLookup } from "@/lib/search/documents";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";
import { LOCALES } from "@/i18n/locales";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { SearchDoc, SearchLocale } from "@/lib/search/format";

const ROOT = path.resolve(import.meta.dirname, "..");
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CONTENT = path.resolve(flag("--content") ?? path.join(ROOT, "content"));
const OUT = path.resolve(flag("--out") ?? path.join(ROOT, "public", "search"));

function main(): void {
  const started = performance.now();
  // 1. Parse every issue that has a Chinese gazette text.
  const docs: SearchDoc[] = [];
  let failed = false;
  const issues = existsSync(CONTENT) ? readdirSync(CONTENT).filter((d) => ISSUE_SLUG.test(d)).sort() : [];
  for (const issue of issues) {
    const file = path.join(CONTENT, issue, "gazette.zh.txt");
    if (!existsSync(file)) continue;
    try {
      const parsed = parseIssue(readFileSync(file, "utf8"), { file: path.relative(ROOT, file) });
      const translation = path.join(CONTENT, issue, "translation.en.json");
      let english: EnglishLookup | undefined;
      if (existsSync(translation)) {
        english = overlayFromTranslation(parsed, translationFileSchema.parse(JSON.parse(readFileSync(translation, "utf8"))));
      }
      const issueDocs = issueDocuments(parsed, english ? { english } : {});
      docs.push(...issueDocs);
      const en = issueDocs.filter((d) => d.locale === "en").length;
      console.log(`✅ ${issue}: ${issueDocs.length - en} zh + ${en} en search documents`);
    } catch (e) {
      failed = true;
      console.error(`❌ ${issue}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed) process.exit(1);

  // 2. Build and write one index per locale, file by file as the builder yields them.
  for (const locale of LOCALES) writeLocale(docs, locale);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, OUT)}/`);
}

function writeLocale(docs: SearchDoc[], locale: SearchLocale): void {
  rmSync(path.join(OUT, locale), { recursive: true, force: true });
  const made = new Set<string>();
  const totals = { raw: 0, gz: 0, common: 0 };
  const write = (f: BuiltFile) => {
    const target = path.join(OUT, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(target, f.body);
    totals.raw += Buffer.byteLength(f.body);
    totals.gz += gzipSync(f.body, { level: 9 }).length;
    if (f.path.includes("/terms/")) totals.common++;
  };
  const stream = streamSearchIndex(docs, locale);
  let step = stream.next();
  for (; !step.done; step = stream.next()) write(step.value);
  const manifest = step.value;
  write(manifestFile(manifest));
  console.log(
    `✅ ${locale}: ${manifest.docCount} docs, ${manifest.shardCount} shards, ${totals.common} common terms, ${Math.ceil(manifest.docCount / manifest.docsPerChunk)} doc chunks, ` +
      `${(totals.raw / 1024).toFixed(1)} kB (${(totals.gz / 1024).toFixed(1)} kB gzip)`,
  );
}

main();
