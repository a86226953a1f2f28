"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type RefObject } from "react";
import type { Locale } from "@/i18n/locales";
import { searchHref, searchPath } from "@/lib/routes";
import type { SearchBoxLabels } from "@/messages/compiled";
import { formatCompiled } from "@/messages/format-compiled";
import { SearchPopup } from "@/components/search/search-popup";
import { useInstantSearch, usePopupPlacement, useSlashShortcut, type Option, type Shown, type Status } from "@/components/search/use-search-box";

/**
 * The site search box. Without JS it is the plain GET form to /{locale}/search. With JS it becomes
 * an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): `/` focuses it, and on first
 * focus or keystroke the search client is imported — engine, query code and zod/mini arrive in that
 * one chunk, never with the page — then results appear as you type. Enter with no option chosen
 * opens the results page.
 */

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
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { shown, status, run, warm } = useInstantSearch(locale);
  // Combobox semantics only once scripted: without JS there is no popup to announce.
  const enhanced = useSyncExternalStore(noSubscribe, () => true, () => false);
  const page = variant === "page";
  useSlashShortcut(shortcut, inputRef);
  usePopupPlacement(open, page, wrapRef, popupRef);

  const all: Option[] = shown
    ? [...shown.options, { href: searchHref(locale, { q: shown.query }), title: formatCompiled(labels.seeAll, locale, { query: shown.query }), snippet: null, inTitle: false, lang: locale }]
    : [];
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const search = (text: string) => {
    setActive(-1);
    void run(text).then((any) => {
      if (!any) setOpen(false);
    });
    if (text.trim() !== "") setOpen(true);
  };
  const go = (href: string) => {
    close();
    router.push(href);
  };
  const onKeyDown = comboboxKeys({ count: all.length, open, active, setOpen, setActive, close, choose: (i) => all[i] && go(all[i].href) });

  const { message, announce } = statusText(locale, labels, status, shown, open);

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
        <SearchInput
          {...{ id, inputRef, value, shortcut, page, enhanced, listId }}
          placeholder={labels.placeholder}
          expanded={open && all.length > 0}
          activeId={open && active >= 0 ? `${listId}-${active}` : undefined}
          onFocus={() => {
            warm();
            if (shown && value.trim() !== "") setOpen(true);
          }}
          onBlur={close}
          onType={(text, composing) => {
            setValue(text);
            // Pinyin being composed is not the query yet; compositionend runs it.
            if (!composing) search(text);
          }}
          onKeyDown={onKeyDown}
        />
        <SearchPopup
          {...{ locale, labels, listId, popupRef, message, shown, all, active, setActive, go }}
          hidden={!open || (all.length === 0 && message === null)}
        />
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

/** The popup's status line and what the live region announces. */
function statusText(locale: Locale, labels: SearchBoxLabels, status: Status, shown: Shown | null, open: boolean) {
  const message =
    status === "loading" ? labels.loading
    : status === "failed" ? labels.failed
    : shown && shown.notices === 0 ? labels.none
    : null;
  return { message, announce: !open ? "" : (message ?? (shown ? formatCompiled(labels.count, locale, { count: shown.notices }) : "")) };
}

/** The text field (a combobox once scripted) and its "/" hint. */
function SearchInput({
  inputRef,
  ...p
}: {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  placeholder: string;
  shortcut: boolean;
  page: boolean;
  enhanced: boolean;
  listId: string;
  expanded: boolean;
  activeId: string | undefined;
  onFocus: () => void;
  onBlur: () => void;
  onType: (text: string, composing: boolean) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <>
      <input
        ref={inputRef}
        id={p.id}
        name="q"
        type="search"
        value={p.value}
        placeholder={p.placeholder}
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts={p.shortcut ? "/" : undefined}
        {...(p.enhanced
          ? {
              role: "combobox",
              "aria-expanded": p.expanded,
              "aria-controls": p.listId,
              "aria-autocomplete": "list" as const,
              "aria-activedescendant": p.activeId,
            }
          : {})}
        className={`peer rounded border border-rule bg-paper text-ink placeholder:text-muted ${
          p.page ? "w-full px-3 py-2 text-base" : "w-44 px-2 py-1 text-sm sm:w-56 sm:pr-7"
        }`}
        onFocus={p.onFocus}
        onBlur={p.onBlur}
        onChange={(e) => p.onType(e.target.value, e.nativeEvent instanceof InputEvent && e.nativeEvent.isComposing)}
        onCompositionEnd={(e) => p.onType(e.currentTarget.value, false)}
        onKeyDown={p.onKeyDown}
      />
      {p.shortcut ? (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-rule px-1 font-sans text-xs leading-4 text-muted peer-focus:hidden peer-[:not(:placeholder-shown)]:hidden sm:block"
        >
          /
        </kbd>
      ) : null}
    </>
  );
}

/** Arrow keys move through the options (wrapping), Enter opens the chosen one, Escape closes first. */
function comboboxKeys(c: {
  count: number;
  open: boolean;
  active: number;
  setOpen: (open: boolean) => void;
  setActive: (update: (i: number) => number) => void;
  close: () => void;
  choose: (i: number) => void;
}) {
  return (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const n = c.count;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (n === 0) return;
      e.preventDefault();
      if (!c.open) c.setOpen(true);
      const down = e.key === "ArrowDown";
      c.setActive((i) => (i < 0 ? (down ? 0 : n - 1) : (i + (down ? 1 : n - 1)) % n));
    } else if (e.key === "Enter" && c.open && c.active >= 0 && c.active < n) {
      e.preventDefault();
      c.choose(c.active);
    } else if (e.key === "Escape" && c.open) {
      // First Escape closes the popup; a second one reaches the input and clears it (type=search).
      e.preventDefault();
      c.close();
    }
  };
}
