import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@/i18n/locales";

/**
 * The reader's language: an explicit choice (LOCALE_COOKIE, which the language switch sets) wins,
 * then the first Accept-Language range, by q-value, whose primary subtag we serve (zh-TW, zh-Hant and
 * zh-HK all read the simplified text better than English), else the default.
 */
export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie && isLocale(cookie)) return cookie;
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { primary: tag.toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { primary } of ranges) {
    const hit = LOCALES.find((locale) => locale === primary);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}
