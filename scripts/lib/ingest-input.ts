// Skipping unchanged issues BEFORE parsing them (issue 11: re-running ingest over 1,000 unchanged
// issues in ≤ 5 s; parsing alone is ~30 ms an issue). An issue is skipped when the hash of its
// source bytes, its translation bytes and the code that turns them into rows equals the hash stored
// with it (Issue.inputSha256). Any change to the parser, the row mapping, the schemas or the
// translation loader changes the code part, so such a run parses everything again — and the rows
// hash (Issue.rowsSha256) still decides whether the rows are rewritten.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import { TRANSLATION_FILE } from "@/scripts/lib/load-english";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Everything a parsed issue's rows depend on, besides its own two files. */
const CODE = ["lib/parse", "lib/ingest", "lib/schema", "lib/translations", "scripts/lib/load-english.ts", "scripts/ingest.ts"];

async function codeFiles(entry: string): Promise<string[]> {
  const abs = path.join(ROOT, entry);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) return [];
  if (stat.isFile()) return [abs];
  const found = await fs.readdir(abs, { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile() && d.name.endsWith(".ts") && !d.name.endsWith(".test.ts"))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Hash of the ingest code (file names and contents), computed once per run. */
export async function codeFingerprint(): Promise<string> {
  const files = (await Promise.all(CODE.map(codeFiles))).flat().sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(path.relative(ROOT, f)).update("\0").update(await fs.readFile(f)).update("\0");
  return hash.digest("hex");
}

export async function inputSha256(code: string, sourceFile: string, translationFile: string): Promise<string> {
  const source = await fs.readFile(sourceFile);
  const translation = await fs.readFile(translationFile).catch(() => null);
  const hash = createHash("sha256").update(code).update("\0").update(source).update("\0");
  if (translation) hash.update(translation);
  return hash.digest("hex");
}

export type StoredInput = { slug: string; inputSha256: string | null };

/** The stored input hash of every issue, by the source file it was ingested from. */
export async function storedInputs(db: Db): Promise<Map<string, StoredInput>> {
  const issues = await db.issue.findMany({ select: { slug: true, sourceFile: true, inputSha256: true } });
  return new Map(issues.map((i) => [i.sourceFile, { slug: i.slug, inputSha256: i.inputSha256 }]));
}

export type InputCheck = {
  /** Sources to parse, with the input hash to store with their rows. */
  changed: { file: string; inputSha256: string }[];
  /** Sources whose stored issue was made from exactly these bytes by exactly this code. */
  unchanged: { file: string; slug: string }[];
};

export async function checkInputs(db: Db, sources: readonly string[], force: boolean): Promise<InputCheck> {
  const code = await codeFingerprint();
  const stored = await storedInputs(db);
  const check: InputCheck = { changed: [], unchanged: [] };
  for (const file of sources) {
    const hash = await inputSha256(code, file, path.join(path.dirname(file), TRANSLATION_FILE));
    const before = stored.get(file);
    if (!force && before?.inputSha256 === hash) check.unchanged.push({ file, slug: before.slug });
    else check.changed.push({ file, inputSha256: hash });
  }
  return check;
}

/** An issue whose rows were unchanged still records the new input hash, so the next run skips it. */
export async function recordInput(db: Db, slug: string, hash: string): Promise<void> {
  await db.issue.updateMany({ where: { slug, OR: [{ inputSha256: null }, { inputSha256: { not: hash } }] }, data: { inputSha256: hash } });
}
