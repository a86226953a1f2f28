import { RESOLUTION, scoreSlot, type ScoreContext } from "@/lib/search/engine";
import { createFullIndex } from "@/lib/search/full-index";
import {
  FORMAT_VERSION,
  type DocChunk,
  type Manifest,
  type SearchDoc,
  type SearchLocale,
  type ShardFile,
  type CommonTermFile,
  chunkPath,
  commonTermPath,
  manifestPath,
  shardPath,
} from "@/lib/search/format";
import { shardOf, termHash } from "@/lib/search/hash";
import { indexTerms } from "@/lib/search/tokenize";

/**
 * SearchDoc[] → the static files of one locale. Pure: the caller (scripts/build-search-index.ts,
 * the bench, tests) decides where the bytes go.
 */

export type BuiltFile = { path: string; body: string };
export type BuiltIndex = { manifest: Manifest; files: BuiltFile[] };

/**
 * A term found in more documents than this gets a file of its own (format.ts, shardSchema): 512
 * postings are ≈ 0.8 kB gzip, about what one small file costs anyway. Below it, a term rides in its
 * shard. Tests lower it to exercise the common-term path on the seed issue.
 */
export const COMMON_TERM_POSTINGS = 512;

export type BuildOptions = {
  commonTermPostings?: number;
  /** Force a shard count (power of two); by default sized so a shard is a few kB gzipped. */
  shardCount?: number;
  /** Docs per display chunk (the text a result's snippet is cut from). */
  docsPerChunk?: number;
};

// File sizing. A small archive (the seed issue: ~400 docs) is cheapest as few larger files: a cold
// client needs much of it anyway, and every small gzip file pays ~150 bytes of header and Huffman
// tables. A large one is sized for the cold query, which touches one shard per term and the chunks of
// the top 10: at 10k docs, ~300 postings per shard (≈ 0.5–1 kB gzip) and 2 docs per chunk gave
// 6.4 kB median data per cold query, against 12 kB with 512 shards and 4 docs (bench/search).
const SMALL_ARCHIVE_DOCS = 2000;
function defaultSizing(docCount: number, postings: number): { shardCount: number; docsPerChunk: number } {
  const small = docCount < SMALL_ARCHIVE_DOCS;
  return {
    shardCount: powerOfTwoAtLeast(Math.max(4, Math.ceil(postings / (small ? 2500 : 300)))),
    docsPerChunk: small ? 16 : 2,
  };
}

export function buildSearchIndex(allDocs: SearchDoc[], locale: SearchLocale, options: BuildOptions = {}): BuiltIndex {
  const docs = allDocs.filter((d) => d.locale === locale);
  const termLists = docs.map((d) => indexTerms(d.text));
  const totalLength = termLists.reduce((sum, t) => sum + t.length, 0);
  const averageLength = docs.length > 0 ? totalLength / docs.length : 1;

  // FlexSearch calls `score` once per distinct term while adding one doc; `current` is the doc being
  // added (add() is synchronous, so this is never shared between docs).
  let current: ScoreContext = { kind: "paragraph", termCounts: new Map(), length: 1 };
  const index = createFullIndex((_content, term) => scoreSlot(current, term, averageLength));
  docs.forEach((doc, n) => {
    const terms = termLists[n] ?? [];
    const termCounts = new Map<string, number>();
    for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    current = { kind: doc.kind, termCounts, length: Math.max(1, terms.length) };
    if (terms.length > 0) index.add(n, terms.join(" "));
  });

  // FlexSearch's own export is the source of truth for what it stored; we only regroup its `map`
  // entries by term hash so a query can fetch just the terms it needs.
  const entries: Array<[string, Array<number[] | null>]> = [];
  index.export((key: string, data: string) => {
    if (!key.endsWith("map")) return;
    const parsed: unknown = JSON.parse(data);
    if (!Array.isArray(parsed)) return;
    for (const entry of parsed) {
      if (Array.isArray(entry) && typeof entry[0] === "string" && Array.isArray(entry[1])) {
        entries.push([entry[0], entry[1].map((slot: unknown) => (Array.isArray(slot) ? slot.filter(isNumber) : null))]);
      }
    }
  });

  const common = options.commonTermPostings ?? COMMON_TERM_POSTINGS;
  const df = (slots: Array<number[] | null>) => slots.reduce((s, ids) => s + (ids?.length ?? 0), 0);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const inline = entries.filter(([, slots]) => df(slots) <= common);
  const commonEntries = entries.filter(([, slots]) => df(slots) > common);
  // Shards are sized by the postings they carry, so common terms do not count.
  const sizing = defaultSizing(docs.length, inline.reduce((sum, [, slots]) => sum + df(slots), 0));
  const shardCount = options.shardCount ?? sizing.shardCount;
  const shards: ShardFile[] = Array.from({ length: shardCount }, () => ({ format: FORMAT_VERSION, terms: [], common: [] }));
  for (const [term, slots] of inline) shards[shardOf(term, shardCount)]?.terms.push([term, encodeSlots(slots)]);
  const commonFiles: CommonTermFile[] = commonEntries.map(([term, slots], file) => {
    shards[shardOf(term, shardCount)]?.common.push([term, df(slots), file]);
    return { format: FORMAT_VERSION, term, slots: encodeSlots(slots) };
  });

  const docsPerChunk = options.docsPerChunk ?? sizing.docsPerChunk;
  const chunks = chunkDocs(docs, docsPerChunk);
  const shardBodies = shards.map((s) => JSON.stringify(s));
  const commonBodies = commonFiles.map((c) => JSON.stringify(c));
  const chunkBodies = chunks.map((c) => JSON.stringify(c));
  const build = contentHash([...shardBodies, ...commonBodies, ...chunkBodies]);
  const manifest: Manifest = {
    format: FORMAT_VERSION,
    locale,
    build,
    docCount: docs.length,
    shardCount,
    resolution: RESOLUTION,
    docsPerChunk,
  };
  const files: BuiltFile[] = [
    { path: manifestPath(locale), body: JSON.stringify(manifest) },
    ...shardBodies.map((body, i) => ({ path: stripVersion(shardPath(locale, i, build)), body })),
    ...commonBodies.map((body, i) => ({ path: stripVersion(commonTermPath(locale, i, build)), body })),
    ...chunkBodies.map((body, i) => ({ path: stripVersion(chunkPath(locale, i, build)), body })),
  ];
  return { manifest, files };
}

function isNumber(x: unknown): x is number {
  return typeof x === "number";
}

/** FlexSearch slots → [[slot, firstDoc, gap, …], …] for non-empty slots (see shardSchema). */
export function encodeSlots(slots: Array<number[] | null>): number[][] {
  const out: number[][] = [];
  slots.forEach((ids, slot) => {
    if (ids && ids.length > 0) out.push([slot, ...toGaps(ids)]);
  });
  return out;
}

function toGaps(ids: number[]): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted.map((id, i) => (i === 0 ? id : id - (sorted[i - 1] ?? 0)));
}

function powerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return Math.min(p, 4096);
}

function stripVersion(path: string): string {
  return path.replace(/\?.*$/, "");
}

function contentHash(bodies: string[]): string {
  let h = 0;
  for (const body of bodies) h = (Math.imul(h, 31) + termHash(body)) >>> 0;
  return h.toString(36);
}

function chunkDocs(docs: SearchDoc[], docsPerChunk: number): DocChunk[] {
  const chunks: DocChunk[] = [];
  for (let start = 0; start < docs.length; start += docsPerChunk) {
    const chunk: DocChunk = { format: FORMAT_VERSION, start, notices: {}, docs: [] };
    for (const doc of docs.slice(start, start + docsPerChunk)) {
      chunk.notices[doc.noticeId] ??= { title: doc.noticeTitle, kind: doc.noticeKind, issuers: doc.issuers, year: doc.year, issue: doc.issue };
      chunk.docs.push({ key: doc.key, notice: doc.noticeId, block: doc.blockId, row: doc.row, kind: doc.kind, label: doc.label, text: doc.text });
    }
    chunks.push(chunk);
  }
  return chunks;
}
