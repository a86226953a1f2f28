// The English side of ingest: content/<issue>/translation.en.json (when present) → the overlay of
// …En columns that lib/ingest/to-rows.ts copies into rows. The translation format and how it maps
// onto blocks belong to lib/translations/; this file only does the I/O and the zod checks.
import fs from "node:fs/promises";
import path from "node:path";
import { englishOverlaySchema, type EnglishOverlay } from "@/lib/ingest/english-overlay";
import { sha256 } from "@/lib/ingest/to-rows";
import { ParseError } from "@/lib/parse/errors";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";
import { applyTranslation } from "@/lib/translations/load";
import { translationFileSchema } from "@/lib/translations/schema";

export const TRANSLATION_FILE = "translation.en.json";

export type EnglishLoad = { overlay: EnglishOverlay | null; notes: string[] };

/** Throws ParseError for a translation file that is not valid JSON or not in the translation format. */
export async function loadEnglish(issueDir: string, parsed: ParsedIssue): Promise<EnglishLoad> {
  const file = path.join(issueDir, TRANSLATION_FILE);
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (bytes === null) return { overlay: null, notes: [] };

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ParseError(file, 1, `not valid UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const translation = translationFileSchema.safeParse(json);
  if (!translation.success) {
    const issue = translation.error.issues[0];
    throw new ParseError(file, 1, `translation format: ${issue?.path.join(".") || "<root>"}: ${issue?.message ?? "invalid"}`);
  }
  if (translation.data.issue !== parsed.issue.slug) {
    throw new ParseError(file, 1, `translation is for issue ${translation.data.issue}, the source is ${parsed.issue.slug}`);
  }
  const { overlay, stale } = applyTranslation(parsed, translation.data);
  return {
    overlay: englishOverlaySchema.parse({ ...overlay, translationSha256: sha256(bytes) }),
    notes: stale.map((key) => `stale English (the Chinese changed since translation), not stored: ${key}`),
  };
}
