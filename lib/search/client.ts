import type { DocChunk, SearchLocale } from "@/lib/search/format";
import { capQuery } from "@/lib/search/cap-query";
import { createSearchFiles, type FetchLike, type SearchFiles } from "@/lib/search/client-files";
import { PART_CANDIDATES, type Hit, type SearchMemo } from "@/lib/search/engine";
import { highlightRanges, makeSnippet, type Range } from "@/lib/search/highlight";
import { queryScope } from "@/lib/search/scope";
import { relaxPlan } from "@/lib/search/relax";
import { planQuery, type QueryPart, type QueryPlan } from "@/lib/search/tokenize";
import { planWeight, verifyCandidates, type Candidate } from "@/lib/search/verify";

/**
 * The browser-side search client, also used unchanged by the CLI and the bench (they pass a `fetch`
 * that reads files). Nothing loads until the first `preload()` or `search()`: then the manifest,
 * then only the shards holding the query's terms and the doc chunks of the hits shown. Each file is
 * one cached promise; a failed fetch is forgotten so the next search retries it.
 */

export type { FetchLike } from "@/lib/search/client-files";

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

type Planned = { plan: QueryPlan; hits: Hit[] };

export function createSearchClient(options: SearchClientOptions): SearchClient {
  const files = createSearchFiles(options.baseUrl, options.fetch ?? ((url) => globalThis.fetch(url)));
  const searchOne = (asked: string, locale: SearchLocale, limit: number) => searchLocale(files, asked, locale, limit);
  return {
    async searchAcross(query, { pageLocale, scope, limit = 10 }) {
      const first = scope ?? queryScope(query, pageLocale);
      const second: SearchLocale = first === "zh" ? "en" : "zh";
      const [primary, secondary] = await Promise.all([searchOne(query, first, limit), searchOne(query, second, limit)]);
      return mergeAcross(first, primary, secondary);
    },
    async preload(locale = "zh") {
      await Promise.all([files.manifestOf(locale), files.indexOf(locale)]);
    },
    async search(asked, opts = {}) {
      return searchOne(asked, opts.locale ?? "zh", opts.limit ?? 10);
    },
  };
}

/** The query's own language first, then the other language's notices the first did not find. */
function mergeAcross(scope: SearchLocale, primary: SearchResponse, secondary: SearchResponse): CrossSearch {
  const seen = new Set(primary.groups.map((g) => g.noticeId));
  return { scope, primary, secondary, groups: [...primary.groups, ...secondary.groups.filter((g) => !seen.has(g.noticeId))] };
}

// Every search, one language or both, is bounded by the same rule (issue 9): capQuery first. Then
// three steps, each tried only if the one before found too little: as typed, converted from
// traditional characters, relaxed to the parts that match somewhere.
async function searchLocale(files: SearchFiles, asked: string, locale: SearchLocale, limit: number): Promise<SearchResponse> {
  const { query, shortened } = capQuery(asked);
  const memo: SearchMemo = new Map();
  const run = (plan: QueryPlan) => runPlan(files, locale, plan, limit, memo);
  const finds: PartFinds = async (part) => (await runPlan(files, locale, onePart(part), 1, memo)).length > 0;
  const typed = planQuery(query);
  const asTyped: Planned = { plan: typed, hits: await run(typed) };
  const simplified = await trySimplified(files, query, asTyped, run, finds);
  const relaxed = await tryRelaxed(simplified.best, run, finds);
  const manifest = await files.manifestOf(locale);
  const shown = await present(locale, relaxed.best.plan, relaxed.best.hits, (doc) => files.chunkOf(locale, manifest, doc));
  return { ...shown, query, shortened, convertedQuery: simplified.convertedQuery, notFound: relaxed.notFound };
}

async function runPlan(files: SearchFiles, locale: SearchLocale, plan: QueryPlan, limit: number, memo: SearchMemo): Promise<Hit[]> {
  await files.ensureTerms(locale, plan.parts.flatMap((p) => p.terms));
  const [manifest, index, e] = await Promise.all([files.manifestOf(locale), files.indexOf(locale), files.engine()]);
  const search = (p: QueryPlan, n: number) => e.runPlan(index, p, manifest.docCount, n, memo);
  const count = (terms: string[]) => e.countHolding(index, terms, VERIFY_POOL + 1);
  const narrowed = await narrowPlan(files, locale, plan, limit, count);
  if (narrowed.every((p, i) => p.terms.length === plan.parts[i]?.terms.length)) return search({ ...plan, parts: narrowed }, limit);
  const pool = checkedPool(plan, narrowed, limit, search, count, (terms, doc) => e.holdsTerms(index, terms, doc));
  return verifyCandidates(plan, pool, limit, (doc) => files.chunkOf(locale, manifest, doc));
}

const onePart = (part: QueryPart): QueryPlan => ({ folded: part.text, parts: [part] });

type Search = (p: QueryPlan, n: number) => Hit[];

type Count = (terms: string[]) => number;

/** The docs a part leaves when they are at most VERIFY_POOL (a complete list), else null; counted first, searched only then. */
function completeList(part: QueryPart, search: Search, count: Count): Hit[] | null {
  return count(part.terms) <= VERIFY_POOL ? search(onePart(part), VERIFY_POOL) : null;
}

/**
 * The hits verifyCandidates checks, each with the most cover it can have: the parts whose search
 * terms it holds all of (a doc missing one cannot hold that part; for a part searched with all its
 * terms, that is the part). Candidates are the merged best hits, every doc of a complete list (a
 * part's or the conjunction's: at most VERIFY_POOL docs) and so every doc that can hold every part.
 * A part left with many candidates because the conjunction was already small adds no partial
 * matches of its own: most of its candidates do not hold it, and checking them would cost more
 * than its partial matches are worth below the docs holding every part.
 */
function checkedPool(plan: QueryPlan, narrowed: QueryPart[], limit: number, search: Search, count: Count, holds: (terms: string[], doc: number) => boolean): Candidate[] {
  const merged = search({ ...plan, parts: narrowed }, Math.max(VERIFY_POOL, 2 * limit));
  if (plan.parts.length === 1) return merged.map((hit) => ({ hit, bound: planWeight(plan) }));
  const conjunction: QueryPart = { text: plan.folded, kind: "text", terms: [...new Set(narrowed.flatMap((p) => p.terms))] };
  const lists = [...narrowed, conjunction].map((part) => completeList(part, search, count));
  const exact = (i: number) => narrowed[i]?.terms.length === plan.parts[i]?.terms.length;
  const sources = narrowed.map((p, i) => lists[i] ?? (exact(i) ? search(onePart(p), PART_CANDIDATES) : null)).map((l) => (l ? new Set(l.map((h) => h.doc)) : null));
  const hits = new Map<number, Hit>();
  for (const hit of merged) if (sources.some((s) => s?.has(hit.doc))) hits.set(hit.doc, hit);
  for (const hit of lists.flatMap((l) => l ?? [])) if (!hits.has(hit.doc)) hits.set(hit.doc, hit);
  const bound = (doc: number) => narrowed.reduce((n, p) => n + (holds(p.terms, doc) ? (p.weight ?? 1) : 0), 0);
  return [...hits.values()].map((hit) => ({ hit, bound: bound(hit.doc) }));
}

/** Candidates a narrowed part may leave; more and its next-rarest common term is loaded. */
const VERIFY_POOL = 100;

/**
 * What checking one candidate costs, in common-term postings: a doc chunk gzips to ≈ 0.5 kB (2
 * docs) and a common term's postings to ≈ 1.6 B each below 5,000 (1,000 issues). A part left with
 * more than `limit` candidates loads its next common term when that costs less than checking them.
 */
const CHUNK_POSTINGS = 300;

/**
 * Each part with the terms it is searched by: every rare (inline) term, plus common terms rarest
 * first until the part leaves at most VERIFY_POOL candidates, or all are used. In a plan of several
 * parts a part also stops once the docs holding every part's terms so far are at most `limit`: those
 * are the only docs that can hold every part, and checking them costs less than the common terms'
 * postings. (A standard's name as two parts, 香蕉流通技术要求 第9部分：商业特许经营管理, loaded all ten
 * common terms of the second, 50,399 postings for 第 alone, to narrow a part that 300 rows hold.)
 * A common term loaded by an earlier query is not added unless needed, so a warm search intersects
 * the same short lists as a cold one. Dropping a term can only add candidates, never lose one;
 * verifyCandidates removes them.
 */
async function narrowPlan(files: SearchFiles, locale: SearchLocale, plan: QueryPlan, limit: number, count: Count): Promise<QueryPart[]> {
  const state = (t: string) => files.termState(locale, t);
  const byDf = (a: string, b: string) => state(a).df - state(b).df;
  const chosen = plan.parts.map((p) => p.terms.filter((t) => !state(t).common));
  const waiting = plan.parts.map((p) => p.terms.filter((t) => state(t).common).sort(byDf));
  const take = async (i: number) => {
    const next = waiting[i]?.shift() ?? "";
    await files.loadCommon(locale, next);
    chosen[i]?.push(next);
  };
  // Nothing can be searched by no terms: a part of common terms only starts from its rarest.
  for (const [i, terms] of chosen.entries()) if (terms.length === 0) await take(i);
  // Never above VERIFY_POOL, so the conjunction is a complete list (checkedPool) whatever the limit.
  const fewHoldAll = () => plan.parts.length > 1 && count(chosen.flat()) <= Math.min(limit, VERIFY_POOL);
  // Past VERIFY_POOL a part must narrow (unless few docs hold every part); below it, a common term is
  // loaded while it costs less than checking the candidates it may remove, and stops after one that
  // removed fewer than it cost: the docs left then mostly hold the part.
  const worthMore = (i: number, left: number, paid: boolean) => {
    const next = waiting[i]?.[0];
    if (next === undefined) return false;
    return left > VERIFY_POOL ? !fewHoldAll() : paid && left > limit && state(next).df < left * CHUNK_POSTINGS;
  };
  for (const [i, terms] of chosen.entries()) {
    let paid = true;
    for (let left = count(terms); worthMore(i, left, paid); ) {
      const df = state(waiting[i]?.[0] ?? "").df;
      await take(i);
      const now = count(terms);
      paid = (left - now) * CHUNK_POSTINGS >= df;
      left = now;
    }
  }
  // Rarest first: FlexSearch intersects in the order given, and starting from the shortest list cut
  // its time for 第 2 部分 机动 动车 车典 典当 (50,399 … 753 postings) from 23 ms to 3.5 ms at 1,000 issues.
  return plan.parts.map((p, i) => ({ ...p, terms: p.terms.filter((t) => chosen[i]?.includes(t)).sort(byDf) }));
}

/** Whether a part finds anything at all. */
type PartFinds = (part: QueryPart) => Promise<boolean>;

// The corpus is simplified Chinese. When a Han part finds nothing, try the query converted from
// traditional characters; opencc-js is loaded only then, never for simplified queries.
async function trySimplified(
  files: SearchFiles,
  query: string,
  asTyped: Planned,
  run: (plan: QueryPlan) => Promise<Hit[]>,
  partFinds: PartFinds,
): Promise<{ best: Planned; convertedQuery: string | null }> {
  // A hit holding every part shows that each part finds something, and costs no more postings.
  if ((asTyped.hits[0]?.parts ?? 0) === asTyped.plan.parts.length && asTyped.plan.parts.length > 0) return { best: asTyped, convertedQuery: null };
  const han = asTyped.plan.parts.filter((p) => p.kind === "text" && /[\u3400-\u9fff\uf900-\ufaff]/.test(p.text));
  const finds = await Promise.all(han.map(partFinds));
  if (!finds.includes(false)) return { best: asTyped, convertedQuery: null };
  const converted = (await files.traditional()).toSimplified(query);
  if (converted === query) return { best: asTyped, convertedQuery: null };
  const plan = planQuery(converted);
  const hits = await run(plan);
  return hits.length > asTyped.hits.length ? { best: { plan, hits }, convertedQuery: converted } : { best: asTyped, convertedQuery: null };
}

/** Nothing holds every part: rank the partial matches, naming the parts found nowhere. */
async function tryRelaxed(best: Planned, run: (plan: QueryPlan) => Promise<Hit[]>, partFinds: PartFinds): Promise<{ best: Planned; notFound: string[] }> {
  if (best.hits.length > 0 || best.plan.parts.length === 0) return { best, notFound: [] };
  const relaxed = await relaxPlan(best.plan, partFinds);
  if (relaxed.plan.parts.length === 0) return { best, notFound: [] };
  return { best: { plan: relaxed.plan, hits: await run(relaxed.plan) }, notFound: relaxed.notFound };
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
