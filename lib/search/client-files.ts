import {
  type DocChunk,
  type Manifest,
  type SearchLocale,
  chunkPath,
  commonTermPath,
  commonTermSchema,
  docChunkSchema,
  manifestPath,
  manifestSchema,
  shardPath,
  shardSchema,
} from "@/lib/search/format";
import type { PostingEntry, QueryIndex } from "@/lib/search/engine";
import { shardOf } from "@/lib/search/hash";

/**
 * The search client's file side: the manifest, the engine, the shards and the doc chunks, each one
 * cached promise. Nothing loads until asked; a failed load is forgotten so the next search retries it.
 * Kept apart from query planning (client.ts) so each can be read and changed alone.
 */

export type TermState = { df: number; common: boolean; loaded: boolean };

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

type EngineModule = typeof import("@/lib/search/engine");
type TraditionalModule = typeof import("@/lib/search/traditional");

export type SearchFiles = {
  manifestOf(locale: SearchLocale): Promise<Manifest>;
  indexOf(locale: SearchLocale): Promise<QueryIndex>;
  engine(): Promise<EngineModule>;
  /** opencc-js (≈60 kB gzip), loaded only when a Han query finds nothing as typed. */
  traditional(): Promise<TraditionalModule>;
  /** Loads the shards holding these terms into the locale's index (common terms: only their counts). */
  ensureTerms(locale: SearchLocale, terms: string[]): Promise<void>;
  /** After ensureTerms: how many documents hold the term (0: none), whether it is common, whether its postings are in the index. */
  termState(locale: SearchLocale, term: string): TermState;
  /** Loads a common term's postings into the locale's index. */
  loadCommon(locale: SearchLocale, term: string): Promise<void>;
  chunkOf(locale: SearchLocale, manifest: Manifest, doc: number): Promise<DocChunk>;
};

/** Caches a promise under key, dropping it if it rejects so a later call can retry. */
function cached<V>(map: Map<string, Promise<V>>, key: string, load: () => Promise<V>): Promise<V> {
  const hit = map.get(key);
  if (hit) return hit;
  const p = load();
  map.set(key, p);
  p.catch(() => {
    if (map.get(key) === p) map.delete(key);
  });
  return p;
}

export function createSearchFiles(baseUrl: string, doFetch: FetchLike): SearchFiles {
  const base = baseUrl.replace(/\/$/, "");
  const manifests = new Map<string, Promise<Manifest>>();
  const indexes = new Map<string, Promise<QueryIndex>>();
  const shards = new Map<string, Promise<void>>();
  const chunks = new Map<string, Promise<DocChunk>>();
  const commons = new Map<string, Promise<void>>();
  // locale/term → document count, and for a common term its file and whether it is loaded.
  const states = new Map<string, { df: number; file: number | null; loaded: boolean }>();
  // Modules are imported on first use, so FlexSearch and opencc never land in another page's bundle,
  // and cached: re-running import() per query went through the loader each time (20 ms under tsx).
  const engines = new Map<string, Promise<EngineModule>>();
  const converters = new Map<string, Promise<TraditionalModule>>();

  async function getText(path: string): Promise<string> {
    const res = await doFetch(`${base}/${path}`);
    if (!res.ok) throw new Error(`search: ${path} answered ${res.status}`);
    return res.text();
  }
  const engine = () => cached(engines, "", () => import("@/lib/search/engine"));
  const manifestOf = (locale: SearchLocale) =>
    cached(manifests, locale, async () => manifestSchema.parse(JSON.parse(await getText(manifestPath(locale)))));
  const indexOf = (locale: SearchLocale) => cached(indexes, locale, async () => (await engine()).createQueryIndex());

  async function ensureTerms(locale: SearchLocale, terms: string[]): Promise<void> {
    const [manifest, index] = await Promise.all([manifestOf(locale), indexOf(locale)]);
    const wanted = new Set(terms.map((t) => shardOf(t, manifest.shardCount)));
    await Promise.all(
      [...wanted].map((shard) =>
        cached(shards, `${locale}/${shard}`, async () => {
          const file = shardSchema.parse(JSON.parse(await getText(shardPath(locale, shard, manifest.build))));
          const entries = file.terms.map(([term, slots]): PostingEntry => [term, decodeSlots(slots)]);
          for (const [term, slots] of file.terms) states.set(`${locale}/${term}`, { df: slots.reduce((n, s) => n + s.length - 1, 0), file: null, loaded: true });
          for (const [term, df, n] of file.common) states.set(`${locale}/${term}`, { df, file: n, loaded: false });
          (await engine()).addPostings(index, entries);
        }),
      ),
    );
  }

  function termState(locale: SearchLocale, term: string): TermState {
    // A term in no shard occurs nowhere: it is "loaded" with no postings, so a part needing it finds nothing.
    const state = states.get(`${locale}/${term}`);
    return { df: state?.df ?? 0, common: state ? state.file !== null : false, loaded: state?.loaded ?? true };
  }

  async function loadCommon(locale: SearchLocale, term: string): Promise<void> {
    const state = states.get(`${locale}/${term}`);
    const file = state?.file;
    if (!state || state.loaded || file === null || file === undefined) return;
    await cached(commons, `${locale}/${file}`, async () => {
      const [manifest, index] = await Promise.all([manifestOf(locale), indexOf(locale)]);
      const body = commonTermSchema.parse(JSON.parse(await getText(commonTermPath(locale, file, manifest.build))));
      (await engine()).addPostings(index, [[body.term, decodeSlots(body.slots)]]);
      state.loaded = true;
    });
  }

  function chunkOf(locale: SearchLocale, manifest: Manifest, doc: number): Promise<DocChunk> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    return cached(chunks, `${locale}/${chunk}`, async () =>
      docChunkSchema.parse(JSON.parse(await getText(chunkPath(locale, chunk, manifest.build)))),
    );
  }

  return {
    manifestOf,
    indexOf,
    engine,
    traditional: () => cached(converters, "", () => import("@/lib/search/traditional")),
    ensureTerms,
    termState,
    loadCommon,
    chunkOf,
  };
}

/** [[slot, firstDoc, gap, …], …] → FlexSearch's dense slot array (empty slots null). */
export function decodeSlots(sparse: number[][]): Array<number[] | null> {
  const dense: Array<number[] | null> = [];
  for (const [slot = 0, ...gaps] of sparse) {
    while (dense.length < slot) dense.push(null);
    const ids: number[] = [];
    let last = 0;
    gaps.forEach((g, i) => {
      last = i === 0 ? g : last + g;
      ids.push(last);
    });
    dense[slot] = ids;
  }
  return dense;
}
