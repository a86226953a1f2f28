import { defineRouting } from "next-intl/routing";

/**
 * The single list of locales. Static params, the sitemap, hreflang alternates and the proxy all read
 * it, so adding a language is one edit here plus its messages file.
 */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});

export function isLocale(value: string): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** BCP 47 tags for `lang`: "zh" alone does not tell a screen reader or the font matcher which script. */
export const LANG_TAG = { zh: "zh-Hans", en: "en" } as const satisfies Record<Locale, string>;

export function otherLocale(locale: Locale): Locale {
  return locale === "zh" ? "en" : "zh";
}
