import type { Locale } from "@/i18n/routing";

/** Dates are calendar dates (no time zone): format them in UTC so no server or reader shifts the day. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-Hans-CN" : "en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

export function issuePath(locale: Locale, slug: string): string {
  return `/${locale}/issues/${slug}`;
}

export function noticePath(locale: Locale, id: string): string {
  return `/${locale}/notices/${id}`;
}

export function yearPath(locale: Locale, year: number): string {
  return `/${locale}/years/${year}`;
}

/** Page 1 is the issuer's plain URL; later pages are path segments, so a static host can serve them. */
export function issuerPath(locale: Locale, code: string, page = 1): string {
  return page === 1 ? `/${locale}/issuers/${code}` : `/${locale}/issuers/${code}/page/${page}`;
}

/**
 * The path form of a reading mode (/en/notices/x/view/parallel): what `?view=` is rewritten to on
 * the server (next.config.ts), and the link the static export uses, since a static host cannot
 * rewrite a query.
 */
export function noticeViewPath(locale: Locale, id: string, view: string): string {
  return `${noticePath(locale, id)}/view/${view}`;
}
