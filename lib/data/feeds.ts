import "server-only";
import { getDb } from "@/lib/db";
import { FEED_SIZE, noticesAtom } from "@/lib/feeds/atom";
import type { Locale } from "@/i18n/locales";
import { messagesByLocale } from "@/messages/messages";
import { listNoticeSummaries } from "@/lib/data/notice-list";
import { siteUrl } from "@/lib/env";
import { feedPath, homePath, issuerFeedPath, noticePath } from "@/lib/routes";


const ATOM_HEADERS = { "content-type": "application/atom+xml; charset=utf-8" };

export async function archiveFeed(locale: Locale): Promise<Response> {
  const m = messagesByLocale(locale);
  const xml = noticesAtom(
    { locale, site: siteUrl(), title: m.site.name, subtitle: m.site.description, selfPath: feedPath(locale), pagePath: homePath(locale), noticePath: (id) => noticePath(locale, id) },
    (await listNoticeSummaries({}, { skip: 0, take: FEED_SIZE })).rows,
  );
  return new Response(xml, { headers: ATOM_HEADERS });
}

export async function issuerFeed(locale: Locale, code: string, issuerName: string): Promise<Response> {
  const m = messagesByLocale(locale);
  const xml = noticesAtom(
    {
      locale,
      site: siteUrl(),
      title: `${issuerName} — ${m.site.shortName}`,
      subtitle: m.site.description,
      selfPath: issuerFeedPath(locale, code),
      pagePath: `/${locale}/issuers/${code}`,
      noticePath: (id) => noticePath(locale, id),
    },
    (await listNoticeSummaries({ issuer: code }, { skip: 0, take: FEED_SIZE })).rows,
  );
  return new Response(xml, { headers: ATOM_HEADERS });
}

/** Issuers that have notices, with the name a feed title uses in each language. */
export async function listFeedIssuers(): Promise<Array<{ code: string; nameZh: string; nameEn: string }>> {
  return getDb().issuer.findMany({ where: { notices: { some: {} } }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
}
