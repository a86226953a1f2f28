import type { Locale } from "@/i18n/locales";
import { formatDate } from "@/components/format";

/** A calendar date as a <time>, which globals.css keeps on one line ("2013年2 / 月13日" was issue 14). */
export function DateText({ iso, locale }: { iso: string; locale: Locale }) {
  return <time dateTime={iso}>{formatDate(iso, locale)}</time>;
}
