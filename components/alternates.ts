import { LANG_TAG, LOCALES, DEFAULT_LOCALE, type Locale } from "@/i18n/locales";

/** canonical + hreflang for a page that exists in every locale at `path(locale)`. */
export function localeAlternates(locale: Locale, path: (locale: Locale) => string) {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[LANG_TAG[l]] = path(l);
  languages["x-default"] = path(DEFAULT_LOCALE);
  return { canonical: path(locale), languages };
}
