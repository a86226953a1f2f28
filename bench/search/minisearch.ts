import MiniSearch from "minisearch";
import type { SearchDoc } from "@/lib/search/format";
import { indexTerms, planQuery } from "@/lib/search/tokenize";

/**
 * MiniSearch 7.2 with our terms (the REPORT's best-ranking monolithic peer): uni+bigram tokens,
 * AND within a typed part, OR across parts, its own BM25. It needs its whole index in memory, so its
 * cold download is the full serialized index.
 */
export function buildMiniSearch(docs: SearchDoc[]) {
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    tokenize: (text) => indexTerms(text),
    processTerm: (t) => t,
    searchOptions: { tokenize: (t) => [t], processTerm: (t) => t },
  });
  ms.addAll(docs.map((d, id) => ({ id, text: d.text })));
  return ms;
}

export function miniSearchTop10(ms: MiniSearch<{ id: number; text: string }>, q: string): number[] {
  const plan = planQuery(q);
  if (plan.parts.length === 0) return [];
  const results = ms.search({
    combineWith: "OR",
    queries: plan.parts.map((p) => ({ combineWith: "AND", queries: p.terms })),
  });
  return results.slice(0, 10).map((r) => Number(r.id));
}
