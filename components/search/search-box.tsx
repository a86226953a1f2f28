"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Locale } from "@/i18n/locales";
import type { SearchClient, SearchResponse } from "@/lib/search/client";
import type { Snippet } from "@/lib/search/highlight";
import type { SearchBoxLabels } from "@/messages/compiled";
import { formatCompiled } from "@/messages/format-compiled";
import { MarkedText } from "./marked-text";
import { hitHref, SEARCH_INDEX_BASE, searchHref, searchPath } from "@/lib/routes";

/**
 * The site search box. Without JS it is the plain GET form to /{locale}/search. With JS it becomes
 * an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): `/` focuses it, and on first
 * focus or keystroke the search client is imported — engine, query code and zod/mini arrive in that
 * one chunk, never with the page — then results appear as you type. Enter with no option chosen
 * opens the results page.
 */

/** Notices listed in the popup; the results page has the rest. */
const MAX_OPTIONS = 6;
/** Hits asked of the engine: one notice can hold dozens (a licensing list), and options are per notice. */
const HIT_LIMIT = 30;

let clientPromise: Promise<SearchClient> | null = null;

/** One client per page, shared by every box; a failed import is forgotten so the next focus retries. */
function loadSearchClient(): Promise<SearchClient> {
  if (!clientPromise) {
    const p = import("@/lib/search/client").then(({ createSearchClient }) => createSearchClient({ baseUrl: SEARCH_INDEX_BASE }));
    clientPromise = p;
    p.catch(() => {
      if (clientPromise === p) clientPromise = null;
    });
  }
  return clientPromise;
}

/** `snippet` null: the "all results" option. `inTitle`: the best hit is the title itself, marked in place. */
type Option = { href: string; title: string; snippet: Snippet | null; inTitle: boolean; lang: Locale };
type Shown = { query: string; scope: Locale; fromOther: boolean; notices: number; options: Option[] };
type Status = "idle" | "loading" | "ready" | "failed";

const noSubscribe = () => () => {};

export function SearchBox({
  locale,
  labels,
  id = "site-search",
  defaultValue = "",
  variant = "header",
  shortcut = variant === "header",
}: {
  locale: Locale;
  labels: SearchBoxLabels;
  /** The input's id; two boxes on one page (header and results page) need different ones. */
  id?: string;
  defaultValue?: string;
  variant?: "header" | "page";
  /** Whether `/` focuses this box (only one box per page should claim it). */
  shortcut?: boolean;
}) {
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const [value, setValue] = useState(defaultValue);
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Combobox semantics only once scripted: without JS there is no popup to announce.
  const enhanced = useSyncExternalStore(noSubscribe, () => true, () => false);

  const options = shown?.options ?? [];
  const all: Option[] = shown
    ? [...options, { href: searchHref(locale, { q: shown.query, scope: shown.fromOther ? shown.scope : null }), title: formatCompiled(labels.seeAll, locale, { query: shown.query }), snippet: null, inTitle: false, lang: locale }]
    : [];

  useEffect(() => {
    if (!shortcut) return;
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
  }, [shortcut]);

  // Placed by hand: in the header the box can sit anywhere on a wrapped line, and a popup anchored
  // to it would run off a 390 px screen. Written to the DOM, not state, so there is no second render.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const box = wrapRef.current?.getBoundingClientRect();
      const popup = popupRef.current;
      if (!box || !popup) return;
      const vw = document.documentElement.clientWidth;
      const width = Math.min(variant === "page" ? box.width : 28 * 16, vw - 16);
      const preferred = variant === "page" ? 0 : box.width - width;
      const left = Math.max(8 - box.left, Math.min(preferred, vw - 8 - width - box.left));
      popup.style.width = `${width}px`;
      popup.style.left = `${left}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [open, variant]);

  const warm = () => {
    void loadSearchClient()
      .then((c) => c.preload(locale))
      .catch(() => {});
  };

  async function run(raw: string) {
    const query = raw.trim();
    const mine = ++seq.current;
    if (query === "") {
      setShown(null);
      setOpen(false);
      setActive(-1);
      return;
    }
    if (!shown) setStatus("loading");
    setOpen(true);
    try {
      const client = await loadSearchClient();
      let res = await client.search(query, { locale, limit: HIT_LIMIT });
      let fromOther = false;
      // Nothing in the reader's language: a Chinese term typed on /en, an English one on /zh.
      if (res.groups.length === 0) {
        const other = await client.search(query, { locale: locale === "zh" ? "en" : "zh", limit: HIT_LIMIT });
        if (other.groups.length > 0) {
          res = other;
          fromOther = true;
        }
      }
      if (mine !== seq.current) return;
      setShown(toShown(locale, query, res, fromOther));
      setStatus("ready");
      setActive(-1);
    } catch {
      if (mine === seq.current) setStatus("failed");
    }
  }

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    router.push(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const n = all.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (n === 0) return;
      e.preventDefault();
      if (!open) setOpen(true);
      const down = e.key === "ArrowDown";
      setActive((i) => (i < 0 ? (down ? 0 : n - 1) : (i + (down ? 1 : n - 1)) % n));
    } else if (e.key === "Enter") {
      const option = open && active >= 0 ? all[active] : undefined;
      if (option) {
        e.preventDefault();
        go(option.href);
      }
    } else if (e.key === "Escape" && open) {
      // First Escape closes the popup; a second one reaches the input and clears it (type=search).
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const message =
    status === "loading" ? labels.loading
    : status === "failed" ? labels.failed
    : shown && shown.notices === 0 ? labels.none
    : null;
  const announce =
    !open ? ""
    : message ?? (shown ? formatCompiled(labels.count, locale, { count: shown.notices }) : "");
  const page = variant === "page";

  return (
    <form
      action={searchPath(locale)}
      method="get"
      // One search landmark per page: on the results page the header box is it (axe landmark-unique).
      role={page ? undefined : "search"}
      className={page ? "flex w-full items-stretch gap-2" : "flex items-center gap-2"}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        go(q === "" ? searchPath(locale) : searchHref(locale, { q }));
      }}
    >
      <label htmlFor={id} className="sr-only">
        {labels.label}
      </label>
      <div ref={wrapRef} className={page ? "relative min-w-0 flex-1" : "relative"}>
        <input
          ref={inputRef}
          id={id}
          name="q"
          type="search"
          value={value}
          placeholder={labels.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts={shortcut ? "/" : undefined}
          {...(enhanced
            ? {
                role: "combobox",
                "aria-expanded": open && all.length > 0,
                "aria-controls": listId,
                "aria-autocomplete": "list" as const,
                "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
              }
            : {})}
          className={`peer rounded border border-rule bg-paper text-ink placeholder:text-muted ${
            page ? "w-full px-3 py-2 text-base" : "w-44 px-2 py-1 text-sm sm:w-56 sm:pr-7"
          }`}
          onFocus={() => {
            warm();
            if (shown && value.trim() !== "") setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onChange={(e) => {
            setValue(e.target.value);
            // Pinyin being composed is not the query yet; compositionend runs it.
            if (!(e.nativeEvent instanceof InputEvent && e.nativeEvent.isComposing)) void run(e.target.value);
          }}
          onCompositionEnd={(e) => void run(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {shortcut ? (
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-rule px-1 font-sans text-xs leading-4 text-muted peer-focus:hidden peer-[:not(:placeholder-shown)]:hidden sm:block"
          >
            /
          </kbd>
        ) : null}
        <div
          ref={popupRef}
          hidden={!open || (all.length === 0 && message === null)}
          className="absolute left-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border border-rule bg-paper text-left shadow-lg"
        >
          {message ? <p className="px-3 py-2 text-sm text-muted">{message}</p> : null}
          {shown?.fromOther ? <p className="border-b border-rule px-3 py-2 text-xs text-muted">{labels.fromOther}</p> : null}
          <ul role="listbox" id={listId} aria-label={labels.results} className="py-1">
            {all.map((option, i) => (
              <li
                key={option.href + i}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-panel outline-2 -outline-offset-2 outline-accent" : ""} ${
                  i === options.length ? "border-t border-rule font-medium text-accent" : ""
                }`}
                // Keep focus in the input (the combobox pattern), so blur does not close before the click.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => go(option.href)}
              >
                <OptionBody option={option} />
              </li>
            ))}
          </ul>
        </div>
      </div>
      <button type="submit" className={`rounded border border-rule hover:bg-panel ${page ? "px-4 py-2" : "px-2 py-1 text-sm"}`}>
        {labels.submit}
      </button>
      <p role="status" className="sr-only">
        {announce}
      </p>
    </form>
  );
}

function OptionBody({ option }: { option: Option }) {
  const lang = option.lang === "zh" ? "zh-Hans" : "en";
  const s = option.snippet;
  if (!s) return <span>{option.title}</span>;
  const marked = <MarkedText text={s.text} ranges={s.highlights} clippedStart={s.clippedStart} clippedEnd={s.clippedEnd} />;
  return (
    <span lang={lang} className="block">
      <span className="line-clamp-2 block font-medium text-ink">{option.inTitle ? marked : option.title}</span>
      {option.inTitle ? null : <span className="line-clamp-2 block text-muted">{marked}</span>}
    </span>
  );
}

function toShown(locale: Locale, query: string, res: SearchResponse, fromOther: boolean): Shown {
  const hl = res.convertedQuery ?? query;
  return {
    query,
    scope: res.locale,
    fromOther,
    notices: res.groups.length,
    options: res.groups.slice(0, MAX_OPTIONS).flatMap((g) => {
      const best = g.hits[0];
      if (!best) return [];
      return [{ href: hitHref(locale, res.locale, best, hl), title: g.noticeTitle, snippet: best.snippet, inTitle: best.kind === "title", lang: res.locale }];
    }),
  };
}
