import { Index as LightIndex } from "flexsearch-light";
import type { DocKind } from "@/lib/search/format";
import type { QueryPlan } from "@/lib/search/tokenize";

/**
 * FlexSearch is the engine: it stores term → score slot → doc numbers, intersects the terms of a
 * query part and orders hits by slot. What we add is (1) the terms (tokenize.ts), because its own
 * encoders cannot index Chinese substrings, (2) BM25-like relevance in its slots (scoreSlot; the
 * build computes FlexSearch's map itself, postings.ts, and postings.test.ts proves it equals what
 * FlexSearch stores with scoreSlot as its `score` callback) instead of its default "position of
 * first occurrence" (which ranked rows such as 吸油烟机 above the oil notice for 油 in the probe), and
 * (3) a small OR across the parts of a query, which FlexSearch's own multi-term search (AND only)
 * does not express.
 */

/** Score slots: 0 is reserved for identifier keys, 1 … RESOLUTION-1 carry text relevance. */
export const RESOLUTION = 16;

/** Terms are already made by tokenize.ts; FlexSearch only has to split on the spaces we joined with. */
export function splitTerms(text: string): string[] {
  return text.split(" ").filter((t) => t !== "");
}

/** What a query runs on: the browser's index (createQueryIndex). */
export type QueryIndex = LightIndex;
export type PostingEntry = [term: string, slots: Array<number[] | null>];

/**
 * The index queries run on, in the browser, the CLI and the bench: FlexSearch's light build, which
 * has the full build's Index search and costs 13 kB gzip less on the first search. It is filled
 * from the shards with addPostings.
 */
export function createQueryIndex(): QueryIndex {
  return new LightIndex({ encode: splitTerms, tokenize: "strict", resolution: RESOLUTION });
}

/** Adds a shard's postings: what the full build's import("map", …) does, map.set per entry. */
export function addPostings(index: QueryIndex, entries: PostingEntry[]): void {
  for (const [term, slots] of entries) index.map.set(term, slots);
}

/** Each term's docs in one sorted list, made once per postings array (they never change once loaded). */
const docLists = new WeakMap<Array<number[] | null>, Int32Array>();

function docList(slots: Array<number[] | null>): Int32Array {
  let list = docLists.get(slots);
  if (!list) {
    list = Int32Array.from(slots.flatMap((ids) => ids ?? [])).sort();
    docLists.set(slots, list);
  }
  return list;
}

function holds(list: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid] ?? 0;
    if (at === doc) return true;
    if (at < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether the doc holds every term (its postings are loaded): the test a hit's bound is made of (client.ts). */
export function holdsTerms(index: QueryIndex, terms: string[], doc: number): boolean {
  return terms.every((term) => {
    const slots = index.map.get(term);
    return slots !== undefined && holds(docList(slots), doc);
  });
}

/**
 * How many docs hold every term, counting up to `cap`: what narrowing asks after each load
 * (client.ts). FlexSearch answers it only as a search, walking every posting of every term into a
 * hash (2.5 ms for 90 + 1,525 + 7,876 postings at 1,000 issues); this walks the rarest term's docs
 * and looks each up in the others. The same count as the search's, up to cap (light-index.test.ts).
 */
export function countHolding(index: QueryIndex, terms: string[], cap: number): number {
  const lists: Int32Array[] = [];
  for (const term of new Set(terms)) {
    const slots = index.map.get(term);
    if (!slots) return 0;
    lists.push(docList(slots));
  }
  const [rarest, ...rest] = lists.sort((a, b) => a.length - b.length);
  let n = 0;
  for (const doc of rarest ?? []) {
    if (n >= cap) break;
    if (rest.every((list) => holds(list, doc))) n++;
  }
  return n;
}

// Why these boosts: a notice title or a heading that contains the words is the best landing spot;
// a standard row or licensing decision names one thing exactly; long paragraphs mention many.
const KIND_BOOST: Record<DocKind, number> = {
  title: 2.2,
  heading: 1.8,
  standard: 1.6,
  licence: 1.4,
  row: 1.3,
  "list-item": 1,
  paragraph: 1,
  signature: 0.6,
};
const MAX_BOOST = 2.2;
const K1 = 1.2;
const B = 0.75;

/** What the score of a term in one doc depends on besides the term and its count. */
export type ScoreContext = { kind: DocKind; length: number; averageLength: number };

/** The slot of one term (occurring tf times) in one doc: BM25's tf/length part × kind boost, quantised. */
export function scoreSlot(ctx: ScoreContext, term: string, tf: number): number {
  if (term.startsWith("#")) {
    return ctx.kind === "paragraph" || ctx.kind === "list-item" || ctx.kind === "signature" ? 1 : 0;
  }
  const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * ctx.length) / ctx.averageLength));
  const relevance = (KIND_BOOST[ctx.kind] * norm) / (MAX_BOOST * (K1 + 1));
  const slot = 1 + Math.floor((1 - Math.min(1, relevance)) * (RESOLUTION - 1));
  return Math.min(RESOLUTION - 1, Math.max(1, slot));
}

export type Hit = { doc: number; score: number; parts: number; cover: number };

/** How many hits of each part are taken into the OR merge. */
export const PART_CANDIDATES = 300;

/**
 * Runs a plan on an index whose shards for all plan terms are loaded. One part: FlexSearch's order
 * as is. Several parts: each part is searched by FlexSearch, then hits matching more parts come
 * first, ties broken by the sum over parts of (rarity of the part × position in that part's list),
 * so in `成品油 SB/T` the rare 成品油 hits lead the 51 SB/T rows.
 */
/**
 * Engine answers of one search, by terms, with the limit they were asked with. A query of several
 * parts asks the same question several times (narrowing, the pool, the traditional-character
 * check): at 1,000 issues a 3-part name asked 31 times for 9 distinct answers. A smaller limit is
 * answered by the prefix of a larger one, as FlexSearch's own limit cuts the same ordered list
 * (light-index.test.ts). Postings of a term never change once loaded, so an answer stays right for
 * the search; the client makes a new memo for each search.
 */
export type SearchMemo = Map<string, { limit: number; ids: number[] }>;

export function runPlan(index: QueryIndex, plan: QueryPlan, docCount: number, limit: number, memo: SearchMemo = new Map()): Hit[] {
  const parts = plan.parts;
  if (parts.length === 0) return [];
  if (parts.length === 1) {
    const only = parts[0];
    if (!only) return [];
    const ids = searchPart(index, only, limit, memo);
    return ids.map((doc, rank) => ({ doc, score: 1 - rank / (ids.length + 1), parts: 1, cover: only.weight ?? 1 }));
  }
  const merged = new Map<number, Hit>();
  for (const part of parts) {
    const ids = searchPart(index, part, PART_CANDIDATES, memo);
    if (ids.length === 0) continue;
    const weight = Math.log(1 + docCount / ids.length) * (part.kind === "identifier" ? 2 : 1);
    ids.forEach((doc, rank) => {
      const gain = weight * (1 - (0.5 * rank) / ids.length);
      const hit = merged.get(doc);
      const cover = part.weight ?? 1;
      if (hit) {
        hit.score += gain;
        hit.parts += 1;
        hit.cover += cover;
      } else merged.set(doc, { doc, score: gain, parts: 1, cover });
    });
  }
  // `cover` is the parts count unless a relaxed long query weighed its segments by length.
  return [...merged.values()].sort((a, b) => b.cover - a.cover || b.score - a.score || a.doc - b.doc).slice(0, limit);
}

function searchPart(index: QueryIndex, part: { terms: string[] }, limit: number, memo: SearchMemo): number[] {
  const query = part.terms.join(" ");
  const known = memo.get(query);
  // Fewer ids than asked for means the answer is complete: it serves any limit.
  if (known && (known.limit >= limit || known.ids.length < known.limit)) return known.ids.slice(0, limit);
  const ids = index.search(query, { limit }).filter((id): id is number => typeof id === "number");
  memo.set(query, { limit, ids });
  return ids;
}
