/** FNV-1a over UTF-16 units: tiny, stable across engines, and spreads bigrams evenly over shards. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shard of a term; shardCount is a power of two. */
export function shardOf(term: string, shardCount: number): number {
  return termHash(term) & (shardCount - 1);
}
