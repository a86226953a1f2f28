import { LANG_TAG, LOCALES, DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { feedPath } from "@/lib/routes";

/** Atom autodiscovery: feed readers find the locale's notice feed from any page. */
export function feedAlternate(locale: Locale) {
  return { "application/atom+xml": [{ url: feedPath(locale), title: locale === "zh" ? "最新文件" : "Latest notices" }] };
}

/** canonical + hreflang for a page that exists in every locale at `path(locale)`. */
export function localeAlternates(locale: Locale, path: (locale: Locale) => string) {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[LANG_TAG[l]] = path(l);
  languages["x-default"] = path(DEFAULT_LOCALE);
  return { canonical: path(locale), languages, types: feedAlternate(locale) };
}
