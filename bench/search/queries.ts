import { identifierKeys } from "@/lib/search/identifiers";
import { fold } from "@/lib/search/normalize";
import { QUALITY_QUERIES } from "@/lib/search/quality-queries";
import type { SearchDoc } from "@/lib/search/format";
import { planQuery } from "@/lib/search/tokenize";
import { seededRandom } from "@/bench/archive/random";

/**
 * Queries and relevance for the scaled corpus, where hand labels are impossible: a doc is relevant
 * to a Han/Latin text part when its folded text contains the part contiguously, and to a code part
 * when it carries the code's identifier key. A query's relevant set is the union over its parts.
 * The same labels score every engine.
 */
export type LabelledQuery = { q: string; category: string };

export const LABELLED: LabelledQuery[] = QUALITY_QUERIES.filter((q) => (q.locale ?? "zh") === "zh").map((q) => ({ q: q.q, category: q.category }));

/** Plain substring each part stands for (traditional queries are labelled by their simplified form). */
const SIMPLIFIED = new Map(QUALITY_QUERIES.filter((q) => q.substring).map((q) => [q.q, q.substring ?? ""]));

export function relevantDocs(q: string, docs: SearchDoc[], folded: string[], keys: () => Array<Set<string>>): Set<number> {
  const plan = planQuery(SIMPLIFIED.get(q) ?? q);
  const out = new Set<number>();
  for (const part of plan.parts) {
    if (part.kind === "phrase") continue;
    if (part.kind === "identifier") {
      const key = part.terms[0] ?? "";
      keys().forEach((k, n) => k.has(key) && out.add(n));
    } else {
      const needle = fold(part.text);
      folded.forEach((t, n) => t.includes(needle) && out.add(n));
    }
  }
  void docs;
  return out;
}

export function docKeySets(folded: string[]): Array<Set<string>> {
  return folded.map((t) => new Set(identifierKeys(t)));
}

/** Extra latency queries: random 2–4 character substrings of docs and standard numbers (fixed seed). */
export function latencyQueries(docs: SearchDoc[], count: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  while (out.length < count) {
    const d = docs[Math.floor(rnd() * docs.length)];
    if (!d) continue;
    if (out.length % 8 === 7) {
      const code = /SB\/T \d+/.exec(d.text);
      if (code) out.push(code[0]);
      continue;
    }
    const runs = d.text.match(/[\u4e00-\u9fff]{4,}/g) ?? [];
    const run = runs[Math.floor(rnd() * runs.length)];
    if (!run) continue;
    const len = 2 + Math.floor(rnd() * 3);
    const at = Math.floor(rnd() * (run.length - len + 1));
    out.push(run.slice(at, at + len));
  }
  return out;
}

export type QualityScore = { recall: number; top1: number; perQuery: Array<{ q: string; recall: number; top1: boolean; relevant: number }> };

export function scoreRankings(rankings: Map<string, number[]>, relevant: Map<string, Set<number>>): QualityScore {
  const perQuery: QualityScore["perQuery"] = [];
  for (const [q, ranked] of rankings) {
    const rel = relevant.get(q);
    if (!rel || rel.size === 0) continue;
    const top10 = ranked.slice(0, 10);
    const recall = top10.filter((n) => rel.has(n)).length / Math.min(10, rel.size);
    perQuery.push({ q, recall, top1: top10[0] !== undefined && rel.has(top10[0]), relevant: rel.size });
  }
  const n = Math.max(1, perQuery.length);
  return {
    recall: perQuery.reduce((s, p) => s + p.recall, 0) / n,
    top1: perQuery.filter((p) => p.top1).length / n,
    perQuery,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}
