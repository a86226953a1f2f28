import { describe, expect, it } from "vitest";
import { rng } from "@/bench/archive/random";
import type { DocChunk } from "@/lib/search/format";
import { indexTerms, planQuery } from "@/lib/search/tokenize";
import { verifyCandidates, type Candidate } from "@/lib/search/verify";

// verifyCandidates stops checking once nothing unchecked can rank into the top: the answer must be
// exactly that of checking every candidate, from fewer chunks.
const FRAGMENTS = ["香蕉", "流通", "规范", "苹果", "批发", "市场", "第2部分：", "技术"];

function corpus(seed: number, size: number): string[] {
  const r = rng(seed);
  return Array.from({ length: size }, () => Array.from({ length: 2 + Math.floor(r.next() * 5) }, () => r.pick(FRAGMENTS)).join(""));
}

/** One doc per chunk, counting the chunks asked for. */
function chunks(texts: string[]) {
  const asked = new Set<number>();
  const chunkFor = async (doc: number): Promise<DocChunk> => {
    asked.add(doc);
    return { format: 2, start: doc, notices: {}, docs: [{ key: `d${doc}`, notice: "n", block: null, row: null, kind: "row", label: null, text: texts[doc] ?? "" }] };
  };
  return { asked, chunkFor };
}

describe("verifyCandidates", () => {
  it.each([1, 2, 3, 4, 5])("answers as checking every candidate does, from fewer chunks (seed %i)", async (seed) => {
    const texts = corpus(seed, 300);
    const plan = planQuery("香蕉流通 第2部分：苹果批发 技术规范");
    expect(plan.parts).toHaveLength(3);
    const r = rng(seed + 100);
    // The bound a narrowed search gives: every part a doc holds, and now and then one it does not.
    const pool: Candidate[] = texts.map((text, doc) => {
      const terms = new Set(indexTerms(text));
      const bound = plan.parts.filter((p) => p.terms.every((t) => terms.has(t)) || r.next() < 0.2).length;
      return { hit: { doc, score: r.next(), parts: bound, cover: bound }, bound };
    });
    const pruned = chunks(texts);
    const got = await verifyCandidates(plan, pool.filter((c) => c.bound > 0), 10, pruned.chunkFor);
    const every = chunks(texts);
    const all = await verifyCandidates(plan, pool.map((c) => ({ ...c, bound: 3 })), 10, every.chunkFor);
    expect(every.asked.size).toBe(300);
    expect(got).toEqual(all);
    expect(got).toHaveLength(10);
    expect(pruned.asked.size).toBeLessThan(150);
  });
});
