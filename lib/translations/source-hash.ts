import { createHash } from "node:crypto";

/** Hash of the printed Chinese a translation entry was made from (see sourceHashSchema). */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/**
 * A translation entry is current when it was made from exactly this Chinese. Ingest, the search index
 * and translations:check all decide staleness here, so none of them can show English the others reject.
 */
export function isCurrentTranslation(entry: { source: string }, chinese: string): boolean {
  return entry.source === sourceHash(chinese);
}
