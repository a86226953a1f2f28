/**
 * The archive's languages, and everything keyed by them. Client-safe on purpose (no next-intl, no
 * zod): the browser bundle, next.config.ts, proxy.ts, lib/search and the Playwright tests import this
 * file, and i18n/routing.ts builds next-intl's routing object from it.
 *
 * Adding a language is NOT one edit, because the archive is bilingual by design: the gazette's
 * Chinese plus one translation. What it takes (README "Adding a language" has the same list):
 *   1. here: its code in LOCALES, plus LANG_TAG and DATE_LOCALE (tsc fails until both have it);
 *   2. messages/<code>.ts `satisfies Messages`, and its entry in messages/messages.ts (tsc fails);
 *   3. proxy.ts `config.matcher`, a literal Next reads statically (tests/unit/locales.test.ts fails);
 *   4. the data model: translations, database columns (textEn, titleEnTranslated, …), the search
 *      index's per-locale documents and `otherLocale` below all pair Chinese with English. A third
 *      language means new translation files and columns, not a new list entry.
 * Static params, the sitemap, hreflang, reading modes (VIEWS), the next.config.ts rewrite, route
 * params and the search index's locale enum follow LOCALES with no further edit. This file imports
 * nothing, so next.config.ts can load it (see the note there).
 */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

/**
 * The cookie remembering an explicit language choice (set by the language switch, read by proxy.ts
 * for `/`). next-intl's own name for it, so its tooling recognises it.
 */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: string): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** BCP 47 tags for `lang`: "zh" alone does not tell a screen reader or the font matcher which script. */
export const LANG_TAG = { zh: "zh-Hans", en: "en" } as const satisfies Record<Locale, string>;

/** Intl locale for dates: simplified Chinese as used in mainland China; US English month names. */
export const DATE_LOCALE = { zh: "zh-Hans-CN", en: "en-US" } as const satisfies Record<Locale, string>;

/** Reading modes of a notice: either language alone, or both side by side (a route param and `?view=`). */
export const VIEWS = [...LOCALES, "parallel"] as const;
export type View = (typeof VIEWS)[number];

/** The language a page switches to, and the one search offers as "the other language". */
export function otherLocale(locale: Locale): Locale {
  return locale === "zh" ? "en" : "zh";
}
