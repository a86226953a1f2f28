import "server-only";
import { getDb } from "@/lib/db";
import { noticesAtom } from "@/lib/feeds/atom";
import type { Locale } from "@/i18n/routing";
import { messagesByLocale } from "@/messages/messages";
import { listNoticeSummaries } from "./notice-list";
import { SITE_URL } from "./site-url";

/** Feed URLs: one per locale, one per issuer and locale (autodiscovery links point here). */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`;
export const issuerFeedPath = (locale: Locale, code: string) => `/${locale}/issuers/${code}/feed.xml`;

const ATOM_HEADERS = { "content-type": "application/atom+xml; charset=utf-8" };

export async function archiveFeed(locale: Locale): Promise<Response> {
  const m = messagesByLocale(locale);
  const xml = noticesAtom(
    { locale, site: SITE_URL, title: m.site.name, subtitle: m.site.description, selfPath: feedPath(locale), pagePath: `/${locale}`, noticePath: (id) => `/${locale}/notices/${id}` },
    await listNoticeSummaries(),
  );
  return new Response(xml, { headers: ATOM_HEADERS });
}

export async function issuerFeed(locale: Locale, code: string, issuerName: string): Promise<Response> {
  const m = messagesByLocale(locale);
  const xml = noticesAtom(
    {
      locale,
      site: SITE_URL,
      title: `${issuerName} — ${m.site.shortName}`,
      subtitle: m.site.description,
      selfPath: issuerFeedPath(locale, code),
      pagePath: `/${locale}/issuers/${code}`,
      noticePath: (id) => `/${locale}/notices/${id}`,
    },
    await listNoticeSummaries({ issuer: code }),
  );
  return new Response(xml, { headers: ATOM_HEADERS });
}

/** Issuers that have notices, with the name a feed title uses in each language. */
export async function listFeedIssuers(): Promise<Array<{ code: string; nameZh: string; nameEn: string }>> {
  return getDb().issuer.findMany({ where: { notices: { some: {} } }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
}
