// zod/mini, not classic zod: these schemas run in the browser on every fetched file, and classic
// zod added ~95 kB gzip to the search client (measured with esbuild) against ~4 kB for mini.
import * as z from "zod/mini";
import { LOCALES } from "@/i18n/locales";

/**
 * The static files under public/search/<locale>/ and their zod schemas. The browser and the CLI
 * parse every file they fetch with these, so a stale or truncated file fails loudly instead of
 * returning wrong hits.
 */

export const localeSchema = z.enum(LOCALES);
export type SearchLocale = z.infer<typeof localeSchema>;

export const FORMAT_VERSION = 2;

const nonEmpty = z.string().check(z.minLength(1));
const positiveInt = z.int().check(z.positive());
const nonNegativeInt = z.int().check(z.nonnegative());

export const docKindSchema = z.enum(["title", "heading", "paragraph", "list-item", "signature", "row", "standard", "licence"]);
export type DocKind = z.infer<typeof docKindSchema>;

/** One searchable unit: a block, a table row, or a notice title. */
export const searchDocSchema = z.object({
  /** Stable across builds: `${noticeId}#${blockId}` (+ `:r${row}` for rows, `#title` for titles). */
  key: nonEmpty,
  locale: localeSchema,
  issue: nonEmpty,
  noticeId: nonEmpty,
  noticeTitle: nonEmpty,
  noticeKind: nonEmpty,
  issuers: z.array(nonEmpty),
  year: z.int(),
  /** p-N, or null for a notice title doc. */
  blockId: z.nullable(z.string()),
  /** 1-based table row (for a licensing decision: its seq), or null. */
  row: z.nullable(positiveInt),
  kind: docKindSchema,
  /** Short label shown above the snippet (standard name, company, heading), or null. */
  label: z.nullable(z.string()),
  text: nonEmpty,
  /** Marks documents generated for benchmarks so they can never be mistaken for content. */
  synthetic: z.optional(z.boolean()),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

export const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  locale: localeSchema,
  /** Content hash of the build; appended to file URLs so caches never mix builds. */
  build: nonEmpty,
  docCount: nonNegativeInt,
  shardCount: positiveInt,
  /** FlexSearch resolution (number of score slots) the shards were built with. */
  resolution: positiveInt,
  /** Doc n is in display chunk floor(n / docsPerChunk). */
  docsPerChunk: positiveInt,
});
export type Manifest = z.infer<typeof manifestSchema>;

const slotsSchema = z.array(z.array(nonNegativeInt).check(z.minLength(2)));

/**
 * One shard: the FlexSearch `map` entries (term → score slot → doc numbers) of the terms hashing
 * to it. Stored sparsely, because most of a term's slots are empty: each non-empty slot is
 * [slot, firstDoc, gap, gap, …] with doc numbers ascending. At the seed issue this is 40 % of the
 * size of FlexSearch's own dense export.
 *
 * A common term (more postings than COMMON_TERM_POSTINGS) is not inlined: the shard names it with
 * its document count and the file that holds its postings (`common`). At 1,000 issues 5 % of the
 * terms hold 98 % of the postings, and inlining them made every shard a query touched tens of kB.
 * The client loads a common term only when the part's rarer terms leave too many candidates.
 */
export const shardSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  terms: z.array(z.tuple([nonEmpty, slotsSchema])),
  /** [term, documents it occurs in, its file number under terms/]. */
  common: z.array(z.tuple([nonEmpty, positiveInt, nonNegativeInt])),
});
/** The postings of one common term. */
export const commonTermSchema = z.object({ format: z.literal(FORMAT_VERSION), term: nonEmpty, slots: slotsSchema });
export type CommonTermFile = z.infer<typeof commonTermSchema>;
export type ShardFile = z.infer<typeof shardSchema>;

const chunkNoticeSchema = z.object({
  title: z.string(),
  kind: z.string(),
  issuers: z.array(z.string()),
  year: z.int(),
  issue: z.string(),
});

export const chunkDocSchema = z.object({
  key: z.string(),
  notice: z.string(),
  block: z.nullable(z.string()),
  row: z.nullable(positiveInt),
  kind: docKindSchema,
  label: z.nullable(z.string()),
  text: z.string(),
});

/** Display data of consecutive docs (for snippets), with the notices they belong to. */
export const docChunkSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  start: nonNegativeInt,
  notices: z.record(z.string(), chunkNoticeSchema),
  docs: z.array(chunkDocSchema),
});
export type DocChunk = z.infer<typeof docChunkSchema>;

export function manifestPath(locale: SearchLocale): string {
  return `${locale}/manifest.json`;
}
export function shardPath(locale: SearchLocale, shard: number, build: string): string {
  return `${locale}/shards/${shard}.json?v=${build}`;
}
export function commonTermPath(locale: SearchLocale, file: number, build: string): string {
  return `${locale}/terms/${file}.json?v=${build}`;
}
export function chunkPath(locale: SearchLocale, chunk: number, build: string): string {
  return `${locale}/docs/${chunk}.json?v=${build}`;
}
