import { RESOLUTION } from "@/lib/search/engine";
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
import { buildPostings, type PostingsTable } from "@/lib/search/postings";

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
// 6.4 kB median data per cold query, against 12 kB with 512 shards and 4 docs (bench/search). At
// 1,000 issues a 3-part standard name touches 15–30 shards, and ~150 postings per shard (4,096
// shards, 0.55 kB each against 0.98 kB) cut cold bytes from 32.9 to 28.7 kB median, 64.5 to 53.7 p95.
const SMALL_ARCHIVE_DOCS = 2000;
export function defaultSizing(docCount: number, postings: number): { shardCount: number; docsPerChunk: number } {
  const small = docCount < SMALL_ARCHIVE_DOCS;
  return {
    shardCount: powerOfTwoAtLeast(Math.max(4, Math.ceil(postings / (small ? 2500 : 150)))),
    docsPerChunk: small ? 16 : 2,
  };
}

/**
 * Every file of one locale, in memory (tests, the bench). The build script streams instead
 * (streamSearchIndex), because at 1,000 issues the bodies alone are ~400 MB.
 */
export function buildSearchIndex(allDocs: SearchDoc[], locale: SearchLocale, options: BuildOptions = {}): BuiltIndex {
  const files: BuiltFile[] = [];
  const stream = streamSearchIndex(allDocs, locale, options);
  for (let step = stream.next(); ; step = stream.next()) {
    if (step.done) return { manifest: step.value, files: [manifestFile(step.value), ...files] };
    files.push(step.value);
  }
}

export function manifestFile(manifest: Manifest): BuiltFile {
  return { path: manifestPath(manifest.locale), body: JSON.stringify(manifest) };
}

/**
 * Yields the shard, common-term and doc-chunk files one at a time and returns the manifest, whose
 * build hash covers them all (so it can only be written last). One common term's postings or one
 * chunk is in memory at a time.
 */
export function* streamSearchIndex(allDocs: SearchDoc[], locale: SearchLocale, options: BuildOptions = {}): Generator<BuiltFile, Manifest, void> {
  const docs = allDocs.filter((d) => d.locale === locale);
  const postings = buildPostings(docs);
  const common = options.commonTermPostings ?? COMMON_TERM_POSTINGS;
  const isCommon = postings.docCounts.map((n) => n > common);
  // Shards are sized by the postings they carry, so common terms do not count.
  const inlinePostings = postings.docCounts.reduce((sum, n, i) => (isCommon[i] ? sum : sum + n), 0);
  const sizing = defaultSizing(docs.length, inlinePostings);
  const shardCount = options.shardCount ?? sizing.shardCount;
  const docsPerChunk = options.docsPerChunk ?? sizing.docsPerChunk;
  let build = 0;
  // File names carry no build hash (the URL's ?v= does), so a file can be named before the hash is known.
  const emit = (versionedPath: string, body: string): BuiltFile => {
    build = mixHash(build, body);
    return { path: stripVersion(versionedPath), body };
  };
  for (const [i, shard] of shardFiles(postings, isCommon, shardCount).entries()) yield emit(shardPath(locale, i, ""), JSON.stringify(shard));
  const commonTerms = postings.terms.flatMap((_, i) => (isCommon[i] ? [i] : []));
  for (const [file, i] of commonTerms.entries()) {
    const { term, slots } = postings.postingsOf(i);
    const body: CommonTermFile = { format: FORMAT_VERSION, term, slots };
    yield emit(commonTermPath(locale, file, ""), JSON.stringify(body));
  }
  for (let start = 0; start < docs.length; start += docsPerChunk) {
    yield emit(chunkPath(locale, start / docsPerChunk, ""), JSON.stringify(chunkOf(docs, start, docsPerChunk)));
  }
  return { format: FORMAT_VERSION, locale, build: build.toString(36), docCount: docs.length, shardCount, resolution: RESOLUTION, docsPerChunk };
}

/** Inline terms with their postings, common ones with their document count and file number (format.ts). */
function shardFiles(postings: PostingsTable, isCommon: boolean[], shardCount: number): ShardFile[] {
  const shards: ShardFile[] = Array.from({ length: shardCount }, () => ({ format: FORMAT_VERSION, terms: [], common: [] }));
  let file = 0;
  postings.terms.forEach((term, i) => {
    const shard = shards[shardOf(term, shardCount)];
    if (isCommon[i]) shard?.common.push([term, postings.docCounts[i] ?? 0, file++]);
    else shard?.terms.push([term, postings.postingsOf(i).slots]);
  });
  return shards;
}

// No upper bound: the shard count follows the corpus (a 4,096 cap would have left 1,500 issues with
// shards half again as large as 1,000 issues get).
function powerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

function stripVersion(path: string): string {
  return path.replace(/\?.*$/, "");
}

/** The build hash: each file body's hash folded in, in file order (shards, common terms, chunks). */
function mixHash(hash: number, body: string): number {
  return (Math.imul(hash, 31) + termHash(body)) >>> 0;
}

function chunkOf(docs: SearchDoc[], start: number, docsPerChunk: number): DocChunk {
  const chunk: DocChunk = { format: FORMAT_VERSION, start, notices: {}, docs: [] };
  for (const doc of docs.slice(start, start + docsPerChunk)) {
    chunk.notices[doc.noticeId] ??= { title: doc.noticeTitle, kind: doc.noticeKind, issuers: doc.issuers, year: doc.year, issue: doc.issue };
    chunk.docs.push({ key: doc.key, notice: doc.noticeId, block: doc.blockId, row: doc.row, kind: doc.kind, label: doc.label, text: doc.text });
  }
  return chunk;
}
