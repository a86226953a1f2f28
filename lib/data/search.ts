import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { createSearchClient, type SearchClient } from "@/lib/search/client";
import { fileFetch } from "@/lib/search/file-fetch";
import { chunkPath, docChunkSchema, manifestPath, manifestSchema, type SearchLocale } from "@/lib/search/format";
import { shapeResults, type Filters, type OtherLanguage, type Results } from "@/lib/search/results";
import type { IssuerLabel } from "@/lib/data/dto";
import { issuerLabels } from "@/lib/data/issuers";

/**
 * Search for the server-rendered results page (/{locale}/search works without JS): the browser's own
 * client over the static index in public/search, read from disk. One client per process, so shards
 * load once and stay warm across requests.
 */
const INDEX_DIR = path.join(process.cwd(), "public", "search");

/** Enough hits for facet counts over a whole query, far more than one page shows. */
const HIT_LIMIT = 300;

let client: SearchClient | null = null;
const serverClient = () => (client ??= createSearchClient({ baseUrl: "", fetch: fileFetch(INDEX_DIR) }));

const others = new Map<string, Promise<OtherLanguage>>();

/** Every doc's text and every notice title of a locale, keyed by build so a rebuilt index is reread. */
async function otherLanguage(locale: SearchLocale): Promise<OtherLanguage> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(INDEX_DIR, manifestPath(locale)), "utf8")));
  const key = `${locale}:${manifest.build}`;
  let loading = others.get(key);
  if (!loading) {
    loading = (async () => {
      const texts = new Map<string, string>();
      const titles = new Map<string, string>();
      const chunkCount = Math.ceil(manifest.docCount / manifest.docsPerChunk);
      const read = fileFetch(INDEX_DIR);
      for (let i = 0; i < chunkCount; i++) {
        const res = await read(chunkPath(locale, i, manifest.build));
        if (!res.ok) throw new Error(`search: ${locale} doc chunk ${i} answered ${res.status}`);
        const chunk = docChunkSchema.parse(JSON.parse(await res.text()));
        for (const doc of chunk.docs) texts.set(doc.key, doc.text);
        for (const [id, notice] of Object.entries(chunk.notices)) titles.set(id, notice.title);
      }
      return { locale, texts, titles };
    })();
    others.set(key, loading);
    // Forget a failed load so the next request retries it.
    loading.catch(() => others.delete(key));
  }
  return loading;
}

export type ArchiveSearch = {
  results: Results;
  /** Notices the same query finds in the other language's text (for "search the other language"). */
  otherNotices: number;
  /** A label for every issuer code in `results` (facets and groups). */
  issuers: Record<string, IssuerLabel>;
};

/**
 * Answers to recent queries, so a popular or repeated query (and a flood of one hostile query) costs one
 * search per process, not one per request: the index is immutable for the life of a build, so an answer
 * never goes stale. Bounded by entries because each answer is at most HIT_LIMIT hits.
 */
const answers = new LRUCache<string, Promise<ArchiveSearch>>({ max: 500 });

/** Both languages' text, cached per (query, scope, filters); a failed search is not kept. */
export function searchArchive(query: string, scope: SearchLocale, filters: Filters): Promise<ArchiveSearch> {
  // Every filter, in key order: a filter added to Filters later is part of the key without an edit here.
  const key = JSON.stringify([query, scope, Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))]);
  const cached = answers.get(key);
  if (cached) return cached;
  const answer = searchUncached(query, scope, filters);
  answers.set(key, answer);
  answer.catch(() => answers.delete(key));
  return answer;
}

/** Both languages' text: the scope's notices first, then notices only the other language's text holds. */
async function searchUncached(query: string, scope: SearchLocale, filters: Filters): Promise<ArchiveSearch> {
  const otherScope: SearchLocale = scope === "zh" ? "en" : "zh";
  const [found, other, own] = await Promise.all([
    serverClient().searchAcross(query, { pageLocale: scope, scope, limit: HIT_LIMIT }),
    otherLanguage(otherScope),
    otherLanguage(scope),
  ]);
  const merged = { ...found.primary, groups: found.groups };
  const results = shapeResults(merged, other, filters, 3, own);
  const codes = new Set([...results.facets.issuer.map((f) => f.value), ...results.groups.flatMap((g) => g.issuers)]);
  return { results, otherNotices: found.secondary.groups.length, issuers: issuerLabels(codes) };
}
