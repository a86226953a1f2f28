import { Feed } from "feed";
import type { Locale } from "@/i18n/locales";
import type { NoticeSummary } from "@/lib/data/notice-list";

/**
 * Atom 1.0 feeds of notices, built by the `feed` library (escaping, dates and element order are
 * its job, not string concatenation). Entry ids are the notices' permanent URLs, so a feed reader
 * never shows a notice twice when titles or translations change.
 */
export const FEED_SIZE = 50;

export type FeedConfig = {
  locale: Locale;
  site: string;
  title: string;
  subtitle: string;
  /** Path of the feed itself and of the HTML page it mirrors. */
  selfPath: string;
  pagePath: string;
  noticePath: (id: string) => string;
};

function entryTitle(n: NoticeSummary, locale: Locale): string {
  return locale === "en" && n.titleEn ? n.titleEn : n.titleZh;
}

/** The notices newest first; the feed's `updated` is the newest issue's publication date. */
export function noticesAtom(config: FeedConfig, notices: NoticeSummary[]): string {
  const items = notices.slice(0, FEED_SIZE);
  const updated = new Date(`${items[0]?.publishedOn ?? "1993-01-01"}T00:00:00Z`);
  const feed = new Feed({
    title: config.title,
    description: config.subtitle,
    id: `${config.site}${config.selfPath}`,
    link: `${config.site}${config.pagePath}`,
    language: config.locale === "zh" ? "zh-Hans" : "en",
    updated,
    feedLinks: { atom: `${config.site}${config.selfPath}` },
    copyright: "",
  });
  for (const n of items) {
    const url = `${config.site}${config.noticePath(n.id)}`;
    feed.addItem({
      title: entryTitle(n, config.locale),
      id: url,
      link: url,
      date: new Date(`${n.publishedOn}T00:00:00Z`),
      description: [n.titleZh, n.titleEn].filter(Boolean).join(" — "),
    });
  }
  return feed.atom1();
}
