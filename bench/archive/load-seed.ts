// I/O side of the synthetic archive: reads the real seed issue (text + archive translation) and
// writes a generated archive folder. The pure logic is in generate-archive.ts.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeSource } from "@/lib/parse/decode";
import { translationFileSchema } from "@/lib/translations/schema";
import { generateArchive, prepareSeed, type ArchiveOptions, type GeneratedIssue, type Seed } from "@/bench/archive/generate-archive";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const CONTENT = path.join(ROOT, "content");
/** Written into every generated folder; only a folder carrying it may be replaced by the next run. */
export const MARKER = "SYNTHETIC-ARCHIVE.json";

/** The seed: the first issue in content/ that has both the Chinese text and the archive's English. */
export function loadSeed(dir?: string): Seed {
  const issueDir = dir ?? readdirSync(CONTENT).filter((d) => /^\d{4}-\d+$/.test(d)).sort()
    .map((d) => path.join(CONTENT, d)).find((d) => existsSync(path.join(d, "translation.en.json")));
  if (!issueDir) throw new Error(`${CONTENT}: no issue with gazette.zh.txt and translation.en.json to generate from`);
  const textFile = path.join(issueDir, "gazette.zh.txt");
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(issueDir, "translation.en.json"), "utf8")));
  return prepareSeed({ text: decodeSource(readFileSync(textFile), textFile), translation });
}

/** Refuses content/ and any non-empty folder a previous run did not write. */
export function prepareOutDir(out: string): void {
  const abs = path.resolve(out);
  if (abs === CONTENT || abs.startsWith(`${CONTENT}${path.sep}`)) throw new Error(`${out}: the synthetic archive is never written into content/`);
  if (existsSync(abs) && readdirSync(abs).length > 0) {
    if (!existsSync(path.join(abs, MARKER))) throw new Error(`${out}: not empty and not a generated archive (no ${MARKER}); refusing to replace it`);
    rmSync(abs, { recursive: true, force: true });
  }
  mkdirSync(abs, { recursive: true });
}

export function writeIssue(out: string, issue: GeneratedIssue): void {
  const dir = path.join(out, issue.slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "gazette.zh.txt"), issue.text);
  writeFileSync(path.join(dir, "translation.en.json"), `${JSON.stringify(issue.translation, null, 2)}\n`);
}

/** Generates and writes the archive; returns the slugs written. */
export function writeArchive(out: string, options: ArchiveOptions, onIssue?: (n: number) => void): string[] {
  prepareOutDir(out);
  const slugs: string[] = [];
  for (const issue of generateArchive(loadSeed(), options)) {
    writeIssue(out, issue);
    slugs.push(issue.slug);
    onIssue?.(slugs.length);
  }
  writeFileSync(path.join(out, MARKER), `${JSON.stringify({ note: "SYNTHETIC archive for benchmarks and tests; never content", ...options, slugs: slugs.length }, null, 2)}\n`);
  return slugs;
}
