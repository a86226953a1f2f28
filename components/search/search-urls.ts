import type { Locale } from "@/i18n/routing";

/**
 * The public URLs of search: the results page (/{locale}/search?q=…&in=…&body=…&kind=…&year=…) and
 * the block a hit opens (/{locale}/notices/{id}?hl=…#p-N). Shared by the server-rendered results page
 * and the client search box so both link to exactly the same places.
 */

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

export function searchHref(locale: Locale, input: SearchParamsInput): string {
  const params = new URLSearchParams();
  params.set("q", input.q);
  if (input.scope && (input.scope !== locale || input.pinScope)) params.set("in", input.scope);
  if (input.issuer) params.set("body", input.issuer);
  if (input.kind) params.set("kind", input.kind);
  if (input.year) params.set("year", String(input.year));
  return `/${locale}/search?${params.toString()}`;
}

/**
 * The anchor of one table row: #p-6-r39 is body row 39 (1-based, as the search index counts rows) of
 * table block p-6, the same in both languages and every view, so a row hit lands on the row.
 */
export function rowAnchor(blockId: string, row: number): string {
  return `${blockId}-r${row}`;
}

/** Where a hit opens: its table row when it is one, else its block (licensing decisions are paragraphs). */
export function hitAnchor(hit: { blockId: string | null; row?: number | null; kind?: string }): string | null {
  if (hit.blockId === null) return null;
  return hit.row != null && (hit.kind === "row" || hit.kind === "standard") ? rowAnchor(hit.blockId, hit.row) : hit.blockId;
}

/**
 * `hl` carries the query to the notice page, where HighlightTerms marks it inside #p-N. A query param
 * rather than part of the hash: `#p-3&hl=…` would no longer be a fragment the browser scrolls to. A
 * hit found in the other language's text opens the parallel view, the one view showing that text.
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
  return `/${locale}/notices/${hit.noticeId}?${params.toString()}${anchor ? `#${anchor}` : ""}`;
}
