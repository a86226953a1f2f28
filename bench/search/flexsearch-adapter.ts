import { Index } from "flexsearch";
import { RESOLUTION, splitTerms } from "@/lib/search/engine";

/**
 * The alternative the REPORT suggested: a read-only FlexSearch persistent-storage adapter whose
 * `get(term)` answers from static shard files, so FlexSearch itself asks for each term. Measured in
 * the bench against what lib/search ships (shards imported into an in-memory Index); not shipped.
 *
 * FlexSearch 0.8 calls `db.get` once per query term, awaiting each before asking for the next, and
 * for single-term queries expects the adapter to apply limit/offset itself (as its IndexedDB adapter
 * does), so that logic is re-implemented here.
 */
export class StaticShardStorage {
  /** term → FlexSearch slots, filled by `load` (the bench preloads the shards a query needs). */
  readonly terms = new Map<string, Array<number[] | null>>();
  db = true;
  support_tag_search = false;
  fastupdate = false;

  load(entries: Array<[string, Array<number[] | null>]>): void {
    for (const [t, slots] of entries) this.terms.set(t, slots);
  }
  async mount(index: { db: unknown }): Promise<void> {
    index.db = this;
  }
  async open(): Promise<void> {}
  close(): void {}
  async destroy(): Promise<void> {}
  async clear(): Promise<void> {}
  async commit(): Promise<void> {}
  async remove(): Promise<void> {}
  async has(): Promise<boolean> {
    return false;
  }
  async enrich(ids: number[]): Promise<Array<{ id: number; doc: null }>> {
    return ids.map((id) => ({ id, doc: null }));
  }
  search = null;
  info(): void {}
  async get(term: string, ctx: string | undefined, limit = 0, offset = 0, resolve = true): Promise<number[] | Array<number[] | null>> {
    void ctx;
    const res = this.terms.get(term);
    if (!res) return [];
    if (!resolve) return res;
    const out: number[] = [];
    let skip = offset;
    for (const ids of res) {
      if (!ids) continue;
      for (const id of ids) {
        if (skip > 0) {
          skip--;
          continue;
        }
        out.push(id);
        if (limit && out.length === limit) return out;
      }
    }
    return out;
  }
}

export async function adapterIndex(storage: StaticShardStorage): Promise<Index> {
  const index = new Index({ encode: splitTerms, tokenize: "strict", resolution: RESOLUTION });
  // @ts-expect-error -- FlexSearch types mount() to its StorageInterface class; this is a duck-typed read-only one.
  await index.mount(storage);
  return index;
}

export async function adapterSearch(index: Index, terms: string[], limit: number): Promise<number[]> {
  const result: unknown = await index.search(terms.join(" "), { limit });
  return Array.isArray(result) ? result.filter((x): x is number => typeof x === "number") : [];
}
