import type { SearchGroup, SearchHit, SearchResponse } from "@/lib/search/client";
import type { SearchLocale } from "@/lib/search/format";
import { highlightRanges, type Range, type Snippet } from "@/lib/search/highlight";
import type { QueryPart } from "@/lib/search/tokenize";

/**
 * The results page's view of a search: the engine's groups filtered by facets, each hit paired with
 * the same passage in the other language. Pure (the I/O is in lib/data/search.ts), so facet counting
 * and pairing are tested without a server.
 */

/** The other language's text of every doc key, and its notice titles (from its doc chunks). */
export type OtherLanguage = { locale: SearchLocale; texts: Map<string, string>; titles: Map<string, string> };

export type Filters = { issuer: string | null; kind: string | null; year: number | null };
export const NO_FILTERS: Filters = { issuer: null, kind: null, year: null };

export type FacetValue = { value: string; count: number };
export type Facets = { issuer: FacetValue[]; kind: FacetValue[]; year: FacetValue[] };

export type ResultHit = {
  key: string;
  noticeId: string;
  blockId: string | null;
  row: number | null;
  kind: SearchHit["kind"];
  label: string | null;
  /** The language of the passage that matched. */
  lang: SearchLocale;
  snippet: Snippet;
  /** The same passage in the other language, or null when it has no text there (untranslated). */
  counterpart: Snippet | null;
};

export type ResultGroup = {
  noticeId: string;
  /** The language the notice's passages matched in (the scope, or the other one for appended notices). */
  lang: SearchLocale;
  title: string;
  /** The query marked in the title as shown (a title hit is shown here, not as a passage). */
  titleHighlights: Range[];
  otherTitle: string | null;
  otherTitleHighlights: Range[];
  issue: string;
  year: number;
  kind: string;
  issuers: string[];
  hits: ResultHit[];
  /** Passages of this notice not shown (the page shows the best few per notice). */
  moreHits: number;
};

export type Results = {
  scope: SearchLocale;
  convertedQuery: string | null;
  parts: QueryPart[];
  /** Notices matching in the scope's language before facet filters. */
  totalNotices: number;
  /** Notices matching in either language before facet filters (the scope's, then the other's). */
  allNotices: number;
  /** Parts of a long query found nowhere (the rest was searched; client.ts relax). */
  notFound: string[];
  passages: number;
  facets: Facets;
  groups: ResultGroup[];
};

/**
 * `res.groups` may end with notices found only in the other language (client searchAcross); `own` is
 * the scope language's texts, the counterpart of those notices' passages.
 */
export function shapeResults(res: SearchResponse, other: OtherLanguage, filters: Filters, hitsPerGroup = 3, own?: OtherLanguage): Results {
  const groups = res.groups.filter((g) => matches(g, filters));
  const pairOf = (lang: SearchLocale) => (lang === res.locale ? other : (own ?? { locale: res.locale, texts: new Map(), titles: new Map() }));
  return {
    scope: res.locale,
    convertedQuery: res.convertedQuery,
    parts: res.plan.parts,
    totalNotices: res.groups.filter((g) => g.lang === res.locale).length,
    allNotices: res.groups.length,
    notFound: res.notFound,
    passages: groups.reduce((n, g) => n + g.hits.length, 0),
    facets: facetsOf(res.groups, filters),
    groups: groups.map((g) => {
      const pair = pairOf(g.lang);
      const otherTitle = pair.titles.get(g.noticeId) ?? null;
      const passages = g.hits.filter((h) => h.kind !== "title");
      return {
        noticeId: g.noticeId,
        lang: g.lang,
        title: g.noticeTitle,
        titleHighlights: highlightRanges(g.noticeTitle, res.plan),
        otherTitle,
        otherTitleHighlights: otherTitle ? highlightRanges(otherTitle, res.plan) : [],
        issue: g.issue,
        year: g.year,
        kind: g.noticeKind,
        issuers: g.issuers,
        hits: passages.slice(0, hitsPerGroup).map((h) => resultHit(h, res, pair)),
        moreHits: Math.max(0, passages.length - hitsPerGroup),
      };
    }),
  };
}

function matches(g: SearchGroup, f: Filters, skip?: keyof Filters): boolean {
  return (
    (skip === "issuer" || f.issuer === null || g.issuers.includes(f.issuer)) &&
    (skip === "kind" || f.kind === null || g.noticeKind === f.kind) &&
    (skip === "year" || f.year === null || g.year === f.year)
  );
}

/**
 * Counts notices per facet value. Each facet is counted with the *other* facets' filters applied, so
 * choosing a year still shows how many notices each issuing body has in that year, and the counts of
 * the chosen facet's siblings stay visible to switch to.
 */
export function facetsOf(groups: SearchGroup[], filters: Filters): Facets {
  const count = (facet: keyof Filters, values: (g: SearchGroup) => Array<string | number>) => {
    const counts = new Map<string, number>();
    for (const g of groups) {
      if (!matches(g, filters, facet)) continue;
      for (const v of new Set(values(g))) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    return [...counts].map(([value, n]) => ({ value, count: n }));
  };
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);
  return {
    issuer: count("issuer", (g) => g.issuers).sort(byCount),
    kind: count("kind", (g) => [g.noticeKind]).sort(byCount),
    year: count("year", (g) => [g.year]).sort((a, b) => Number(b.value) - Number(a.value)),
  };
}

function resultHit(hit: SearchHit, res: SearchResponse, other: OtherLanguage): ResultHit {
  const otherText = other.texts.get(hit.key);
  return {
    key: hit.key,
    noticeId: hit.noticeId,
    blockId: hit.blockId,
    row: hit.row,
    kind: hit.kind,
    label: hit.label,
    lang: hit.lang,
    snippet: snippetAround(hit.text, hit.highlights),
    counterpart: otherText === undefined ? null : counterpartSnippet(otherText, hit, res),
  };
}

/**
 * The other language's passage: highlighted where the query matches it too (codes, numbers, names
 * written alike), else a window at the same relative position as the match, since a translation keeps
 * the order of sentences far more often than not.
 */
export function counterpartSnippet(text: string, hit: Pick<SearchHit, "text" | "highlights">, res: Pick<SearchResponse, "plan">): Snippet {
  const ranges = highlightRanges(text, res.plan);
  if (ranges.length > 0) return snippetAround(text, ranges);
  const first = hit.highlights[0]?.[0] ?? 0;
  const at = hit.text.length > 0 ? Math.round((first / hit.text.length) * text.length) : 0;
  return snippetAround(text, [], at);
}

/** Room either side of a window's edge to find a space to cut English at. */
const SNAP = 16;

/**
 * A window of `text` around the first range (or `at`), wider than the engine's own snippet and cut at
 * spaces, because "… roChina Company" reads as a typo. A text barely longer than the window is shown
 * whole rather than clipped by a few characters.
 */
export function snippetAround(text: string, ranges: Range[], at = ranges[0]?.[0] ?? 0, width = 160): Snippet {
  if (text.length <= width + SNAP * 2) return { text, highlights: ranges, clippedStart: false, clippedEnd: false };
  let start = Math.max(0, at - Math.floor(width / 4));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const space = text.lastIndexOf(" ", start);
    if (space >= 0 && start - space <= SNAP) start = space + 1;
  }
  if (end < text.length) {
    const space = text.indexOf(" ", end);
    if (space >= 0 && space - end <= SNAP) end = space;
  }
  const highlights: Range[] = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), highlights, clippedStart: start > 0, clippedEnd: end < text.length };
}
