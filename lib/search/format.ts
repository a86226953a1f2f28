import { z } from "zod";

/**
 * The static files under public/search/<locale>/ and their zod schemas. The browser and the CLI
 * parse every file they fetch with these, so a stale or truncated file fails loudly instead of
 * returning wrong hits.
 */

export const LOCALES = ["zh", "en"] as const;
export const localeSchema = z.enum(LOCALES);
export type SearchLocale = z.infer<typeof localeSchema>;

export const FORMAT_VERSION = 1;

export const docKindSchema = z.enum(["title", "heading", "paragraph", "list-item", "signature", "row", "standard", "licence"]);
export type DocKind = z.infer<typeof docKindSchema>;

/** One searchable unit: a block, a table row, or a notice title. */
export const searchDocSchema = z.object({
  /** Stable across builds: `${noticeId}#${blockId}` (+ `:r${row}` for rows, `#title` for titles). */
  key: z.string().min(1),
  locale: localeSchema,
  issue: z.string().min(1),
  noticeId: z.string().min(1),
  noticeTitle: z.string().min(1),
  noticeKind: z.string().min(1),
  issuers: z.array(z.string().min(1)),
  year: z.number().int(),
  /** p-N, or null for a notice title doc. */
  blockId: z.string().nullable(),
  /** 1-based table row, or null. */
  row: z.number().int().positive().nullable(),
  kind: docKindSchema,
  /** Short label shown above the snippet (standard name, company, heading), or null. */
  label: z.string().nullable(),
  text: z.string().min(1),
  /** Marks documents generated for benchmarks so they can never be mistaken for content. */
  synthetic: z.boolean().optional(),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

export const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  locale: localeSchema,
  /** Content hash of the build; appended to file URLs so caches never mix builds. */
  build: z.string().min(1),
  docCount: z.number().int().nonnegative(),
  shardCount: z.number().int().positive(),
  /** FlexSearch resolution (number of score slots) the shards were built with. */
  resolution: z.number().int().positive(),
  /** First doc number of each doc chunk, ascending. */
  chunkStarts: z.array(z.number().int().nonnegative()),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * One shard: the FlexSearch `map` entries (term → score slot → doc numbers) of the terms hashing
 * to it. Stored sparsely, because most of a term's slots are empty: each non-empty slot is
 * [slot, firstDoc, gap, gap, …] with doc numbers ascending. At the seed issue this is 40 % of the
 * size of FlexSearch's own dense export.
 */
export const shardSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  terms: z.array(z.tuple([z.string().min(1), z.array(z.array(z.number().int().nonnegative()).min(2))])),
});
export type ShardFile = z.infer<typeof shardSchema>;

const chunkNoticeSchema = z.object({
  title: z.string(),
  kind: z.string(),
  issuers: z.array(z.string()),
  year: z.number().int(),
  issue: z.string(),
});

export const chunkDocSchema = z.object({
  key: z.string(),
  notice: z.string(),
  block: z.string().nullable(),
  row: z.number().int().positive().nullable(),
  kind: docKindSchema,
  label: z.string().nullable(),
  text: z.string(),
});

/** Display data of consecutive docs (for snippets), with the notices they belong to. */
export const docChunkSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  start: z.number().int().nonnegative(),
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
export function chunkPath(locale: SearchLocale, chunk: number, build: string): string {
  return `${locale}/docs/${chunk}.json?v=${build}`;
}
