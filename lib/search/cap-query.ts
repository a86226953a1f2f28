import { fold } from "@/lib/search/normalize";

/**
 * The one bound on what a query may cost (issue 9: 200 characters of `the the the …` took 250–700 ms
 * on the server-rendered results page against ~18 ms for a normal query, because every
 * space-separated part is searched on its own and merged). Applied by the search client itself,
 * so the browser, the server-rendered /search page and `npm run search` share it; the page also
 * calls it to tell the reader what was searched.
 */
export const MAX_QUERY_CHARS = 200;
/** Distinct space-separated parts kept; "ministry of commerce announcement on oil wholesale" is 7. */
export const MAX_QUERY_PARTS = 8;

/** The separators planQuery splits text parts on (tokenize.ts). */
const SEPARATORS = /[\s,，、;；]+/u;

export type CappedQuery = {
  /** The query to run and show. */
  query: string;
  /** Something the reader typed was left out (a repeat, a part past the limit, characters past 200). */
  shortened: boolean;
};

export function capQuery(raw: string): CappedQuery {
  const chunks = raw.split(SEPARATORS).filter((c) => c !== "");
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const chunk of chunks) {
    // Folded so 成品油 and full-width or upper-case repeats count once; a chunk past the character
    // limit would be cut anyway, so only its head is folded (a 100k-character chunk stays cheap).
    const key = fold(chunk.slice(0, 2 * MAX_QUERY_CHARS), "query");
    if (seen.has(key)) continue;
    if (kept.length === MAX_QUERY_PARTS) break;
    seen.add(key);
    kept.push(chunk);
  }
  const joined = kept.join(" ");
  // 2 × the limit in UTF-16 units always holds the first MAX_QUERY_CHARS code points.
  const query = Array.from(joined.slice(0, 2 * MAX_QUERY_CHARS)).slice(0, MAX_QUERY_CHARS).join("");
  const shortened = query !== chunks.join(" ");
  if (!shortened) {
    // Nothing lost: keep the reader's own separators (成品油，原油) when they fit.
    const typed = raw.replace(/\s+/g, " ").trim();
    if (Array.from(typed).length <= MAX_QUERY_CHARS) return { query: typed, shortened };
  }
  return { query, shortened };
}
