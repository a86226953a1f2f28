import type { Locale } from "@/i18n/locales";

/** Dates are calendar dates (no time zone): format them in UTC so no server or reader shifts the day. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-Hans-CN" : "en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}
