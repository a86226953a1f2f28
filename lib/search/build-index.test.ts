import { describe, expect, it } from "vitest";
import { defaultSizing } from "@/lib/search/build-index";

// File sizes follow the corpus: one rule, no count fixed by hand (issue 11).
describe("defaultSizing", () => {
  it("gives a small archive few large shards and chunks of 16 docs", () => {
    expect(defaultSizing(400, 40_000)).toEqual({ shardCount: 16, docsPerChunk: 16 });
    expect(defaultSizing(10, 10)).toEqual({ shardCount: 4, docsPerChunk: 16 });
  });

  it("gives a large one ≈ 150 postings a shard, doubling with the postings, past 4,096", () => {
    // 1,000 generated issues, zh: 293,173 docs and ≈ 600,000 inline postings.
    expect(defaultSizing(293_173, 600_000)).toEqual({ shardCount: 4096, docsPerChunk: 2 });
    expect(defaultSizing(440_000, 900_000)).toEqual({ shardCount: 8192, docsPerChunk: 2 });
    expect(defaultSizing(880_000, 1_800_000)).toEqual({ shardCount: 16384, docsPerChunk: 2 });
    for (const postings of [10_000, 77_000, 600_000, 2_000_000]) {
      const { shardCount } = defaultSizing(100_000, postings);
      expect(postings / shardCount).toBeGreaterThan(75);
      expect(postings / shardCount).toBeLessThanOrEqual(150);
    }
  });
});
