"use client";

import type { MouseEvent, ReactNode } from "react";
import { LOCALE_COOKIE } from "@/i18n/locales";

/**
 * The server renders the other language's URL for this page; on use we carry over what only the
 * browser knows (the live query and the #p-N anchor) and remember the choice for `/`.
 */
export function LanguageLink({
  href,
  locale,
  lang,
  label,
  children,
}: {
  href: string;
  locale: string;
  lang: string;
  /** Accessible name; contains the visible text (WCAG 2.5.3). */
  label?: string;
  children: ReactNode;
}) {
  const carry = (event: MouseEvent<HTMLAnchorElement> | { currentTarget: HTMLAnchorElement }) => {
    const url = new URL(href, window.location.origin);
    if (window.location.search) url.search = window.location.search;
    url.hash = window.location.hash;
    event.currentTarget.href = url.toString();
  };
  return (
    <a
      href={href}
      hrefLang={lang}
      lang={lang}
      aria-label={label}
      className="rounded border border-rule px-2 py-1 text-sm no-underline hover:bg-panel"
      onMouseEnter={carry}
      onFocus={carry}
      onClick={(event) => {
        carry(event);
        document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
      }}
    >
      {children}
    </a>
  );
}
