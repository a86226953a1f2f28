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
import { buildSearchIndex } from "@/lib/search/build-index";
import { issueDocuments, type EnglishLookup } from "@/lib/search/documents";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";
import { LOCALES } from "@/i18n/locales";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { SearchDoc } from "@/lib/search/format";

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

  // 2. Build and write one index per locale.
  for (const locale of LOCALES) {
    const built = buildSearchIndex(docs, locale);
    const dir = path.join(OUT, locale);
    rmSync(dir, { recursive: true, force: true });
    let raw = 0;
    let gz = 0;
    for (const f of built.files) {
      const target = path.join(OUT, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.body);
      raw += Buffer.byteLength(f.body);
      gz += gzipSync(f.body, { level: 9 }).length;
    }
    console.log(
      `✅ ${locale}: ${built.manifest.docCount} docs, ${built.manifest.shardCount} shards, ${built.files.filter((f) => f.path.includes("/terms/")).length} common terms, ${Math.ceil(built.manifest.docCount / built.manifest.docsPerChunk)} doc chunks, ` +
        `${(raw / 1024).toFixed(1)} kB (${(gz / 1024).toFixed(1)} kB gzip)`,
    );
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, OUT)}/`);
}

main();
