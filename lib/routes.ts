import { LANG_TAG, LOCALES, type Locale, type View } from "@/i18n/locales";
import { isStaticExport } from "@/lib/export/mode";

/**
 * Every public URL of the site, built in one place (README "Reading site" lists them as a contract).
 * Pure and client-safe: the server pages, the route handlers, the sitemap, the client search box and
 * next.config.ts's rewrite all build their links here, so a path is spelled once.
 */

export const TABLE_FORMATS = ["csv", "json"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Where the static search index (public/search/{locale}/…) is served. */
export const SEARCH_INDEX_BASE = "/search";

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/** The prerendered 404 page the proxy rewrites unknown paths to (app/[locale]/missing), and its route. */
export const MISSING_ROUTE = "/[locale]/missing";
export function missingPath(locale: Locale): string {
  return `/${locale}/missing`;
}

/**
 * The archive's content routes: a page or file per issue, notice, table and plan, so they grow with
 * the archive. The server build prerenders the newest PRERENDER_ISSUES issues' paths and renders the
 * rest on first request (then cached); the proxy lets through only paths the archive has
 * (lib/http/known-paths.ts), so an unknown id never renders or writes to the cache.
 */
export const ON_DEMAND_ROUTES = [
  "/[locale]/issues/[issue]",
  "/[locale]/issues/[issue]/notes",
  "/[locale]/notices/[id]",
  "/[locale]/notices/[id]/view/[view]",
  "/[locale]/notices/[id]/tables/[file]",
  "/[locale]/notices/[id]/corpus/[file]",
  "/[locale]/plans/[id]",
] as const;
export type OnDemandRoute = (typeof ON_DEMAND_ROUTES)[number];

/** A route's path for one set of params, decoded as Next matches it: ("/[locale]/plans/[id]", {locale: "zh", id: "x"}) → "/zh/plans/x". */
export function fillRoute(route: string, params: Readonly<Record<string, string>>): string {
  return route.replace(/\[([a-z]+)\]/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`fillRoute: ${route} needs the param "${name}"`);
    return value;
  });
}

export function issuePath(locale: Locale, slug: string): string {
  return `/${locale}/issues/${slug}`;
}

export function noticePath(locale: Locale, id: string): string {
  return `/${locale}/notices/${id}`;
}

/**
 * A notice in a reading mode. The locale's own language is the default view, so its URL carries no
 * query. The static export links to the mode's own page instead: a static host cannot rewrite ?view=.
 */
export function noticeViewPath(locale: Locale, id: string, view: View): string {
  if (view === locale) return noticePath(locale, id);
  return isStaticExport ? noticeModePath(locale, id, view) : `${noticePath(locale, id)}?view=${view}`;
}

/** /en/notices/x/view/parallel: what `?view=` is rewritten to (next.config.ts), and the export's link form. */
export function noticeModePath(locale: Locale, id: string, view: View): string {
  return `${noticePath(locale, id)}/view/${view}`;
}

export function yearPath(locale: Locale, year: number): string {
  return `/${locale}/years/${year}`;
}

/** Page 1 is the issuer's plain URL; later pages are path segments, so a static host can serve them. */
export function issuerPath(locale: Locale, code: string, page = 1): string {
  return page === 1 ? `/${locale}/issuers/${code}` : `/${locale}/issuers/${code}/page/${page}`;
}

/** A block's permalink: the same #p-N in every language and view. */
export function blockPath(locale: Locale, id: string, blockId: string): string {
  return `${noticePath(locale, id)}#${blockId}`;
}

/** /{locale}/notices/{id}/tables/p-6.csv — a structured table as data. */
export function tableFilePath(locale: Locale, id: string, blockId: string, format: TableFormat): string {
  return `${noticePath(locale, id)}/tables/${tableFileName(blockId, format)}`;
}

export function tableFileName(blockId: string, format: TableFormat): string {
  return `${blockId}.${format}`;
}

/** The results page without a query (the search form's action). */
export function searchPath(locale: Locale): string {
  return `/${locale}/search`;
}

export type SearchParamsInput = {
  q: string;
  /**
   * Which language's text to search; omitted when it is the reader's own, because then the query's
   * script chooses (lib/search/scope.ts). `pinScope` writes it anyway: the scope switch and the
   * facets of an explicitly chosen scope must not fall back to the script's choice.
   */
  scope?: Locale | null;
  pinScope?: boolean;
  issuer?: string | null;
  kind?: string | null;
  year?: number | null;
};

/** The results page: /{locale}/search?q=…&in=…&body=…&kind=…&year=… (parsed by lib/data/search-params.ts). */
export function searchHref(locale: Locale, input: SearchParamsInput): string {
  const params = new URLSearchParams();
  params.set("q", input.q);
  if (input.scope && (input.scope !== locale || input.pinScope)) params.set("in", input.scope);
  if (input.issuer) params.set("body", input.issuer);
  if (input.kind) params.set("kind", input.kind);
  if (input.year) params.set("year", String(input.year));
  return `${searchPath(locale)}?${params.toString()}`;
}

/**
 * The block a search hit opens: /{locale}/notices/{id}?hl=…#p-N. `hl` carries the query to the notice
 * page, where HighlightTerms marks it inside #p-N. A query param rather than part of the hash:
 * `#p-3&hl=…` would no longer be a fragment the browser scrolls to. A hit found in the other
 * language's text opens the parallel view, the one view showing that text.
 */
export function hitHref(
  locale: Locale,
  scope: Locale,
  hit: { noticeId: string; blockId: string | null; row?: number | null; kind?: string },
  query: string,
): string {
  const params = new URLSearchParams();
  if (scope !== locale) params.set("view", "parallel");
  params.set("hl", query);
  const anchor = hitAnchor(hit);
  return `${noticePath(locale, hit.noticeId)}?${params.toString()}${anchor ? `#${anchor}` : ""}`;
}

/**
 * The anchor of one table row: #p-6-r39 is body row 39 (1-based, as the search index counts rows) of
 * table block p-6, the same in both languages and every view, so a row hit lands on the row (issue 14).
 */
export function rowAnchor(blockId: string, row: number): string {
  return `${blockId}-r${row}`;
}

/** Where a hit opens: its table row when it is one, else its block (licensing decisions are paragraphs). */
function hitAnchor(hit: { blockId: string | null; row?: number | null; kind?: string }): string | null {
  if (hit.blockId === null) return null;
  return hit.row != null && (hit.kind === "row" || hit.kind === "standard") ? rowAnchor(hit.blockId, hit.row) : hit.blockId;
}

/** The data pages (standards, licences), with their filter query string (lib/data/record-params.ts). */
export const RECORD_SHEETS = ["standards", "licences"] as const;
export type RecordSheet = (typeof RECORD_SHEETS)[number];

export function recordsPath(locale: Locale, sheet: RecordSheet, query = ""): string {
  return `/${locale}/${sheet}${query}`;
}

/**
 * Page n of a data page's rows. The server build reads `?page=n` (with the filter and sort); a static
 * host cannot, so the export writes each page as a file of its own (app/[locale]/{sheet}/page/[n]).
 */
export function recordsPagePath(locale: Locale, sheet: RecordSheet, page: number, query: string): string {
  if (!isStaticExport) return recordsPath(locale, sheet, query);
  return page <= 1 ? recordsPath(locale, sheet) : `/${locale}/${sheet}/page/${page}`;
}

/** /{locale}/standards.csv?… — a data page's rows as a file, same filter. */
export function recordsFilePath(locale: Locale, sheet: RecordSheet, format: TableFormat, query = ""): string {
  return `/${locale}/${sheet}.${format}${query}`;
}

export function planPath(locale: Locale, noticeId: string): string {
  return `/${locale}/plans/${noticeId}`;
}

export function glossaryPath(locale: Locale): string {
  return `/${locale}/glossary`;
}

/** The citation resolver: /{locale}/cite?q=商务部公告2013年第3号. */
export function citePath(locale: Locale, q?: string): string {
  return q === undefined ? `/${locale}/cite` : `/${locale}/cite?q=${encodeURIComponent(q)}`;
}

/** Request headers the proxy sets on /{locale}/cite for its 404 page (the query is URI-encoded). */
export const CITE_HEADERS = { query: "x-cite-query", locale: "x-cite-locale" } as const;

export function sourceNotesPath(locale: Locale, slug: string): string {
  return `${issuePath(locale, slug)}/notes`;
}

/** The element id of one note on the source notes page, and the permalink to it. */
export function sourceNoteId(seq: number): string {
  return `note-${seq}`;
}
export function sourceNotePath(locale: Locale, slug: string, seq: number): string {
  return `${sourceNotesPath(locale, slug)}#${sourceNoteId(seq)}`;
}

export const CORPUS_FILES = ["aligned.jsonl", "aligned.tmx"] as const;
export type CorpusFile = (typeof CORPUS_FILES)[number];

/** A notice's aligned Chinese/English pairs for translation memories. */
export function corpusPath(locale: Locale, noticeId: string, file: CorpusFile): string {
  return `${noticePath(locale, noticeId)}/corpus/${file}`;
}

export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

export function issuerFeedPath(locale: Locale, code: string): string {
  return `/${locale}/issuers/${code}/feed.xml`;
}

/** The JSON API's base path (app/api/v1/…; the OpenAPI document is API_BASE + /openapi.json). */
export const API_BASE = "/api/v1";

export type SitemapPage = { path: (locale: Locale) => string; lastModified?: string };
export type SitemapEntry = { url: string; lastModified?: string; alternates: { languages: Record<string, string> } };

/** One sitemap entry per page and locale, each listing its language alternates (hreflang) as absolute URLs. */
export function sitemapEntries(origin: string, pages: SitemapPage[]): SitemapEntry[] {
  return pages.flatMap(({ path, lastModified }) =>
    LOCALES.map((locale) => ({
      url: `${origin}${path(locale)}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [LANG_TAG[l], `${origin}${path(l)}`])) },
    })),
  );
}
