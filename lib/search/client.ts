import {
  type DocChunk,
  type Manifest,
  type SearchLocale,
  chunkPath,
  docChunkSchema,
  manifestPath,
  manifestSchema,
  shardPath,
  shardSchema,
} from "@/lib/search/format";
import { capQuery } from "@/lib/search/cap-query";
import type { EngineIndex, Hit } from "@/lib/search/engine";
import { shardOf } from "@/lib/search/hash";
import { highlightRanges, makeSnippet, type Range } from "@/lib/search/highlight";
import { queryScope } from "@/lib/search/scope";
import { relaxPlan } from "@/lib/search/relax";
import { planQuery, type QueryPart, type QueryPlan } from "@/lib/search/tokenize";

/**
 * The browser-side search client, also used unchanged by the CLI and the bench (they pass a `fetch`
 * that reads files). Nothing loads until the first `preload()` or `search()`: then the manifest,
 * then only the shards holding the query's terms and the doc chunks of the hits shown. Each file is
 * one cached promise; a failed fetch is forgotten so the next search retries it.
 */

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type SearchClientOptions = {
  /** Where public/search is served, e.g. "/search". */
  baseUrl: string;
  fetch?: FetchLike;
};

export type SearchHit = {
  key: string;
  noticeId: string;
  blockId: string | null;
  row: number | null;
  kind: DocChunk["docs"][number]["kind"];
  label: string | null;
  score: number;
  /** Query parts this hit matched (of plan.parts.length). */
  partsMatched: number;
  /** The language of the text this hit matched. */
  lang: SearchLocale;
  text: string;
  /** Highlight ranges in `text`. */
  highlights: Range[];
  snippet: ReturnType<typeof makeSnippet>;
};

export type SearchGroup = {
  noticeId: string;
  /** The language the group's hits matched in (searchAcross appends the other language's notices). */
  lang: SearchLocale;
  noticeTitle: string;
  issue: string;
  year: number;
  noticeKind: string;
  issuers: string[];
  hits: SearchHit[];
};

export type SearchResponse = {
  /** The query as run: capQuery's result, at most 200 characters and 8 distinct parts. */
  query: string;
  /** capQuery left something out of what was asked (the UI says so). */
  shortened: boolean;
  locale: SearchLocale;
  /** The query actually run, when a traditional-character query was converted to simplified. */
  convertedQuery: string | null;
  plan: QueryPlan;
  /**
   * Parts of a long query found nowhere, when no passage held them all and the query was relaxed to
   * rank partial matches (哪些企业被注销成品油批发经营资格 → 哪些, 被); empty otherwise.
   */
  notFound: string[];
  hits: SearchHit[];
  /** Hits grouped by notice, groups in order of their best hit. */
  groups: SearchGroup[];
};

export type SearchOptions = { locale?: SearchLocale; limit?: number };

/** A search of both languages' text (searchAcross): the query's own language first. */
export type CrossSearch = {
  /** The language searched first: the query's script decides (queryScope), else the page's. */
  scope: SearchLocale;
  primary: SearchResponse;
  secondary: SearchResponse;
  /** primary's groups, then secondary's groups of notices primary did not find. */
  groups: SearchGroup[];
};

export type SearchClient = {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  searchAcross(query: string, options: { pageLocale: SearchLocale; scope?: SearchLocale; limit?: number }): Promise<CrossSearch>;
  /** Starts loading the engine and the manifest (call on first focus of the search box). */
  preload(locale?: SearchLocale): Promise<void>;
};

type LocaleState = {
  manifest: Promise<Manifest> | null;
  index: Promise<EngineIndex> | null;
  shards: Map<number, Promise<void>>;
  chunks: Map<number, Promise<DocChunk>>;
};

type EngineModule = typeof import("@/lib/search/engine");
type TraditionalModule = typeof import("@/lib/search/traditional");

// One factory of small closures over one client's caches (manifests, shards, chunks, engine): each
// inner function fits a screen; splitting the factory would only pass the caches around.
export function createSearchClient(options: SearchClientOptions): SearchClient {
  const base = options.baseUrl.replace(/\/$/, "");
  const doFetch: FetchLike = options.fetch ?? ((url) => globalThis.fetch(url));
  const states = new Map<SearchLocale, LocaleState>();
  // The engine (FlexSearch) is imported on first use so it never lands in another page's bundle.
  let engine: Promise<EngineModule> | null = null;
  const loadEngine = () => (engine ??= import("@/lib/search/engine").catch((e: unknown) => {
    engine = null;
    throw e;
  }));

  // Cached like the engine: re-running import() per query went through the loader each time (20 ms
  // per query under tsx in the bench).
  let traditional: Promise<TraditionalModule> | null = null;
  const loadTraditional = () => (traditional ??= import("@/lib/search/traditional").catch((e: unknown) => {
    traditional = null;
    throw e;
  }));

  const stateOf = (locale: SearchLocale): LocaleState => {
    let s = states.get(locale);
    if (!s) {
      s = { manifest: null, index: null, shards: new Map(), chunks: new Map() };
      states.set(locale, s);
    }
    return s;
  };

  async function getText(path: string): Promise<string> {
    const res = await doFetch(`${base}/${path}`);
    if (!res.ok) throw new Error(`search: ${path} answered ${res.status}`);
    return res.text();
  }

  /** Caches a promise under key, dropping it if it rejects so a later call can retry. */
  function cached<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    const hit = map.get(key);
    if (hit) return hit;
    const p = load();
    map.set(key, p);
    p.catch(() => {
      if (map.get(key) === p) map.delete(key);
    });
    return p;
  }

  function manifestOf(locale: SearchLocale): Promise<Manifest> {
    const s = stateOf(locale);
    if (!s.manifest) {
      const p = getText(manifestPath(locale)).then((t) => manifestSchema.parse(JSON.parse(t)));
      s.manifest = p;
      p.catch(() => {
        if (s.manifest === p) s.manifest = null;
      });
    }
    return s.manifest;
  }

  function indexOf(locale: SearchLocale): Promise<EngineIndex> {
    const s = stateOf(locale);
    if (!s.index) {
      const p = loadEngine().then((e) => e.createEngineIndex());
      s.index = p;
      p.catch(() => {
        if (s.index === p) s.index = null;
      });
    }
    return s.index;
  }

  async function ensureTerms(locale: SearchLocale, terms: string[]): Promise<void> {
    const manifest = await manifestOf(locale);
    const index = await indexOf(locale);
    const s = stateOf(locale);
    const wanted = new Set(terms.map((t) => shardOf(t, manifest.shardCount)));
    await Promise.all(
      [...wanted].map((shard) =>
        cached(s.shards, shard, async () => {
          const file = shardSchema.parse(JSON.parse(await getText(shardPath(locale, shard, manifest.build))));
          const entries = file.terms.map(([term, slots]) => [term, decodeSlots(slots)]);
          // FlexSearch's own import merges these map entries into the live index.
          index.import("map", JSON.stringify(entries));
        }),
      ),
    );
  }

  function chunkOf(locale: SearchLocale, manifest: Manifest, doc: number): Promise<DocChunk> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    return cached(stateOf(locale).chunks, chunk, async () =>
      docChunkSchema.parse(JSON.parse(await getText(chunkPath(locale, chunk, manifest.build)))),
    );
  }

  async function run(locale: SearchLocale, plan: QueryPlan, limit: number): Promise<Hit[]> {
    await ensureTerms(locale, plan.parts.flatMap((p) => p.terms));
    const [manifest, index, e] = await Promise.all([manifestOf(locale), indexOf(locale), loadEngine()]);
    return e.runPlan(index, plan, manifest.docCount, limit);
  }

  async function hasEmptyHanPart(locale: SearchLocale, plan: QueryPlan): Promise<boolean> {
    const han = plan.parts.filter((p) => p.kind === "text" && /[\u3400-\u9fff\uf900-\ufaff]/.test(p.text));
    if (han.length === 0) return false;
    const [manifest, index, e] = await Promise.all([manifestOf(locale), indexOf(locale), loadEngine()]);
    return han.some((p) => e.runPlan(index, { folded: p.text, parts: [p] }, manifest.docCount, 1).length === 0);
  }

  /** Whether a part finds anything at all (its shards must be loaded). */
  async function partFinds(locale: SearchLocale, part: QueryPart): Promise<boolean> {
    const [manifest, index, e] = await Promise.all([manifestOf(locale), indexOf(locale), loadEngine()]);
    return e.runPlan(index, { folded: part.text, parts: [part] }, manifest.docCount, 1).length > 0;
  }

  // Every search, one language or both, is bounded by the same rule (issue 9): capQuery first.
  async function searchOne(asked: string, locale: SearchLocale, limit: number): Promise<SearchResponse> {
    const { query, shortened } = capQuery(asked);
    let plan = planQuery(query);
    let convertedQuery: string | null = null;
    let hits = await run(locale, plan, limit);
    // The corpus is simplified Chinese. When a Han part finds nothing, try the query converted from
    // traditional characters; opencc-js (≈60 kB gzip) is loaded only then, never for simplified queries.
    if (await hasEmptyHanPart(locale, plan)) {
      const { toSimplified } = await loadTraditional();
      const converted = toSimplified(query);
      if (converted !== query) {
        const plan2 = planQuery(converted);
        const hits2 = await run(locale, plan2, limit);
        if (hits2.length > hits.length) {
          plan = plan2;
          hits = hits2;
          convertedQuery = converted;
        }
      }
    }
    let notFound: string[] = [];
    if (hits.length === 0 && plan.parts.length > 0) {
      const relaxed = await relaxPlan(plan, (part) => partFinds(locale, part));
      if (relaxed.plan.parts.length > 0) {
        plan = relaxed.plan;
        notFound = relaxed.notFound;
        hits = await run(locale, plan, limit);
      }
    }
    const manifest = await manifestOf(locale);
    const shown = await present(locale, plan, hits, (doc) => chunkOf(locale, manifest, doc));
    return { ...shown, query, shortened, convertedQuery, notFound };
  }

  return {
    async searchAcross(query, { pageLocale, scope, limit = 10 }) {
      const first = scope ?? queryScope(query, pageLocale);
      const second: SearchLocale = first === "zh" ? "en" : "zh";
      const [primary, secondary] = await Promise.all([searchOne(query, first, limit), searchOne(query, second, limit)]);
      const seen = new Set(primary.groups.map((g) => g.noticeId));
      return { scope: first, primary, secondary, groups: [...primary.groups, ...secondary.groups.filter((g) => !seen.has(g.noticeId))] };
    },

    async preload(locale = "zh") {
      await Promise.all([manifestOf(locale), indexOf(locale)]);
    },

    async search(asked, opts = {}) {
      return searchOne(asked, opts.locale ?? "zh", opts.limit ?? 10);
    },
  };

}

/** Engine hits → hits with their doc text, snippet and notice, grouped by notice. */
async function present(locale: SearchLocale, plan: QueryPlan, hits: Hit[], chunkFor: (doc: number) => Promise<DocChunk>) {
  const chunks = await Promise.all(hits.map((h) => chunkFor(h.doc)));
  const out: SearchHit[] = [];
  const groups = new Map<string, SearchGroup>();
  hits.forEach((hit, i) => {
    const chunk = chunks[i];
    const doc = chunk?.docs[hit.doc - chunk.start];
    if (!chunk || !doc) return;
    const highlights = highlightRanges(doc.text, plan);
    const result: SearchHit = {
      key: doc.key,
      noticeId: doc.notice,
      blockId: doc.block,
      row: doc.row,
      kind: doc.kind,
      label: doc.label,
      score: hit.score + hit.parts,
      partsMatched: hit.parts,
      lang: locale,
      text: doc.text,
      highlights,
      snippet: makeSnippet(doc.text, highlights),
    };
    out.push(result);
    const notice = chunk.notices[doc.notice];
    let group = groups.get(doc.notice);
    if (!group) {
      group = {
        noticeId: doc.notice,
        lang: locale,
        noticeTitle: notice?.title ?? doc.notice,
        issue: notice?.issue ?? "",
        year: notice?.year ?? 0,
        noticeKind: notice?.kind ?? "",
        issuers: notice?.issuers ?? [],
        hits: [],
      };
      groups.set(doc.notice, group);
    }
    group.hits.push(result);
  });
  return { locale, plan, hits: out, groups: [...groups.values()] };
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
