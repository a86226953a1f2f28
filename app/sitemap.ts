import type { MetadataRoute } from "next";
import type { Locale } from "@/i18n/locales";
import { getIssue, listIssues, listNoticeIds } from "@/lib/data/archive";
import { siteUrl } from "@/lib/env";
import { homePath, issuePath, noticePath, sitemapEntries } from "@/lib/routes";

/** Every page in every locale, each entry listing its language alternates (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const issues = await listIssues();
  const latest = issues[0] ? await getIssue(issues[0].slug) : null;
  return sitemapEntries(siteUrl(), [
    { path: homePath, lastModified: latest?.publishedOn },
    ...issues.map((i) => ({ path: (l: Locale) => issuePath(l, i.slug), lastModified: i.publishedOn })),
    ...(await listNoticeIds()).map((id) => ({ path: (l: Locale) => noticePath(l, id) })),
  ]);
}
