import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { Locale } from "@/i18n/locales";
import type { CrossSearch, SearchClient } from "@/lib/search/client";
import type { Snippet } from "@/lib/search/highlight";
import { hitHref, SEARCH_INDEX_BASE } from "@/lib/routes";

/** Notices listed in the popup; the results page has the rest. */
const MAX_OPTIONS = 6;
/** Hits asked of the engine: one notice can hold dozens (a licensing list), and options are per notice. */
const HIT_LIMIT = 30;

let clientPromise: Promise<SearchClient> | null = null;

/** One client per page, shared by every box; a failed import is forgotten so the next focus retries. */
export function loadSearchClient(): Promise<SearchClient> {
  if (!clientPromise) {
    const p = import("@/lib/search/client").then(({ createSearchClient }) => createSearchClient({ baseUrl: SEARCH_INDEX_BASE }));
    clientPromise = p;
    p.catch(() => {
      if (clientPromise === p) clientPromise = null;
    });
  }
  return clientPromise;
}

/**
 * `snippet` null: the "all results" option. `inTitle`: the best hit is the title itself, marked in
 * place. `lang`: the language the option's text matched in (shown when it is not the page's).
 */
export type Option = { href: string; title: string; snippet: Snippet | null; inTitle: boolean; lang: Locale };
/** `scope`: the language the query's script chose (searchAcross); `notFound`: parts of a long query found nowhere. */
export type Shown = { query: string; scope: Locale; notices: number; notFound: string[]; options: Option[] };
export type Status = "idle" | "loading" | "ready" | "failed";

/** The instant search behind the box: runs a query, keeps only the latest answer. */
export function useInstantSearch(locale: Locale) {
  const seq = useRef(0);
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState<Status>("idle");

  async function run(raw: string): Promise<boolean> {
    const query = raw.trim();
    const mine = ++seq.current;
    if (query === "") {
      setShown(null);
      return false;
    }
    if (!shown) setStatus("loading");
    try {
      const client = await loadSearchClient();
      // Both languages, whatever the page: the query's script picks the one searched first.
      const res = await client.searchAcross(query, { pageLocale: locale, limit: HIT_LIMIT });
      if (mine !== seq.current) return true;
      setShown(toShown(locale, query, res));
      setStatus("ready");
    } catch {
      if (mine === seq.current) setStatus("failed");
    }
    return true;
  }

  const warm = () => {
    void loadSearchClient()
      .then((c) => c.preload(locale))
      .catch(() => {});
  };
  return { shown, status, run, warm };
}

function toShown(locale: Locale, query: string, res: CrossSearch): Shown {
  const hl = res.primary.convertedQuery ?? query;
  return {
    query,
    scope: res.scope,
    notices: res.groups.length,
    notFound: res.primary.notFound,
    options: res.groups.slice(0, MAX_OPTIONS).flatMap((g) => {
      const best = g.hits[0];
      if (!best) return [];
      return [{ href: hitHref(locale, g.lang, best, hl), title: g.noticeTitle, snippet: best.snippet, inTitle: best.kind === "title", lang: g.lang }];
    }),
  };
}

/** `/` focuses the box (only one box per page should claim it); typing "/" in a field stays typing. */
export function useSlashShortcut(enabled: boolean, inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing) return;
      const t = e.target;
      // Typing "/" in a field (a URL, 商服贸发/…) must stay typing.
      if (t instanceof HTMLElement && (t.isContentEditable || t.closest("input, textarea, select"))) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, inputRef]);
}

/**
 * Placed by hand: in the header the box can sit anywhere on a wrapped line, and a popup anchored to
 * it would run off a 390 px screen. Written to the DOM, not state, so there is no second render.
 */
export function usePopupPlacement(
  open: boolean,
  page: boolean,
  wrapRef: RefObject<HTMLDivElement | null>,
  popupRef: RefObject<HTMLDivElement | null>,
) {
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const box = wrapRef.current?.getBoundingClientRect();
      const popup = popupRef.current;
      if (!box || !popup) return;
      const vw = document.documentElement.clientWidth;
      const width = Math.min(page ? box.width : 28 * 16, vw - 16);
      const preferred = page ? 0 : box.width - width;
      const left = Math.max(8 - box.left, Math.min(preferred, vw - 8 - width - box.left));
      popup.style.width = `${width}px`;
      popup.style.left = `${left}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [open, page, wrapRef, popupRef]);
}
