/**
 * Checks every issue's English against its Chinese: for each content/<issue>/gazette.zh.txt with a
 * translation.en.json beside it, parse the Chinese, validate the JSON, and run checkTranslation with
 * content/term-base.json and the house-spelling lexicon (British -ise, from cspell's word lists).
 * Prints coverage per notice and every problem as
 * `FILE: noticeId#blockId: kind: message`.
 *
 *   npm run translations:check
 *
 * Exit 0 when every issue is fully covered and problem-free; 1 on any problem or coverage below
 * 100 %; 2 when an input cannot be read (unparseable Chinese, invalid JSON or schema).
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { decodeSource } from "@/lib/parse/decode";
import { formatParseError, ParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import { checkTranslation } from "@/lib/translations/check";
import { termBaseSchema, translationFileSchema } from "@/lib/translations/schema";
import { loadHouseSpelling } from "@/scripts/lib/house-spelling";

const CONTENT = "content";
const TERM_BASE = path.join(CONTENT, "term-base.json");

class InputError extends Error {}

/** Reads and validates a JSON file; an InputError names the file and the path inside it. */
function readJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${file}: ${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = result.error.issues.length > 10 ? [`${file}: … and ${result.error.issues.length - 10} more`] : [];
    throw new InputError([...issues, ...more].join("\n"));
  }
  return result.data;
}

async function main(): Promise<number> {
  const issues = fs.existsSync(CONTENT)
    ? fs
        .readdirSync(CONTENT, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.join(CONTENT, d.name))
        .filter((dir) => fs.existsSync(path.join(dir, "gazette.zh.txt")) && fs.existsSync(path.join(dir, "translation.en.json")))
        .sort()
    : [];
  if (issues.length === 0) {
    console.log(`no ${CONTENT}/*/translation.en.json beside a gazette.zh.txt: nothing to check`);
    return 0;
  }

  let failed = false;
  try {
    const termBase = readJson(TERM_BASE, termBaseSchema);
    const spelling = await loadHouseSpelling();
    for (const dir of issues) {
      const sourceFile = path.join(dir, "gazette.zh.txt");
      const translationFile = path.join(dir, "translation.en.json");
      const parsed = parseIssue(decodeSource(fs.readFileSync(sourceFile), sourceFile), { file: sourceFile });
      const translation = readJson(translationFile, translationFileSchema);
      const { problems, coverage } = checkTranslation(parsed, translation, termBase, spelling);

      console.log(`${translationFile} (${termBase.terms.length} terms)`);
      const width = Math.max(...coverage.map((c) => c.noticeId.length));
      for (const c of coverage) {
        const percent = c.total === 0 ? 100 : Math.floor((100 * c.translated) / c.total);
        console.log(`  ${c.noticeId.padEnd(width)}  ${`${c.translated}/${c.total}`.padStart(7)} blocks  ${String(percent).padStart(3)}%`);
        if (c.translated < c.total) failed = true;
      }
      for (const p of problems) {
        console.log(`${translationFile}: ${p.noticeId}${p.blockId === null ? "" : `#${p.blockId}`}: ${p.kind}: ${p.message}`);
      }
      if (problems.length > 0) failed = true;
      console.log(`${problems.length === 0 ? "✅" : "❌"} ${translationFile}: ${problems.length} problems`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ParseError) {
      console.error(formatParseError(error));
      return 2;
    }
    throw error;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
