import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * Interim English for the in-memory source: the translators' draft files
 * (content/<slug>/translation-drafts/*.json, see BRIEF.md there), keyed by the 1-based source line a
 * block starts on. The database will carry the same text in Block.textEn; until then this lets the
 * English and parallel views show real English where a draft exists and the "not available" mark
 * where none does.
 */
// Entries carry `en` (a block) or `cells` (a table row); the trailing `{ terms }` element and any
// structured records have no `line` and are ignored here.
const entrySchema = z.looseObject({
  line: z.number().int().positive().optional(),
  en: z.string().min(1).optional(),
  cells: z.array(z.string()).optional(),
});
const fileSchema = z.array(entrySchema);

export type LineTranslation = { en: string | null; cells: string[] | null };

export async function loadDraftTranslations(issueDir: string): Promise<Map<number, LineTranslation>> {
  const byLine = new Map<number, LineTranslation>();
  const dir = path.join(issueDir, "translation-drafts");
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return byLine;
  }
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, file), "utf8"));
    } catch {
      // A draft being written right now may be half a file: skip it rather than fail the build.
      console.warn(`translation draft ${file}: not valid JSON yet, skipped`);
      continue;
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      console.warn(`translation draft ${file}: unexpected shape, skipped`);
      continue;
    }
    for (const { line, en, cells } of parsed.data) {
      if (line !== undefined && (en !== undefined || cells !== undefined)) {
        byLine.set(line, { en: en ?? null, cells: cells ?? null });
      }
    }
  }
  return byLine;
}
