import type { MetadataRoute } from "next";
import type { Locale } from "@/i18n/locales";
import { getIssue, listIssues, listNoticeIds } from "@/lib/data/archive";
import { listFeedIssuers } from "@/lib/data/feeds";
import { listPlanIds } from "@/lib/data/plans";
import { siteUrl } from "@/lib/env";
import { glossaryPath, homePath, issuePath, issuerPath, noticePath, planPath, recordsPath, sitemapEntries, sourceNotesPath, yearPath } from "@/lib/routes";

// A static export (npm run export) requires metadata routes to say they are static.
export const dynamic = "force-static";

/** Every page in every locale, each entry listing its language alternates (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const issues = await listIssues();
  const latest = issues[0] ? await getIssue(issues[0].slug) : null;
  const years = [...new Set(issues.map((i) => i.year))];
  return sitemapEntries(siteUrl(), [
    { path: homePath, lastModified: latest?.publishedOn },
    ...years.map((year) => ({ path: (l: Locale) => yearPath(l, year) })),
    ...issues.flatMap((i) => [
      { path: (l: Locale) => issuePath(l, i.slug), lastModified: i.publishedOn },
      { path: (l: Locale) => sourceNotesPath(l, i.slug), lastModified: i.publishedOn },
    ]),
    ...(await listNoticeIds()).map((id) => ({ path: (l: Locale) => noticePath(l, id) })),
    ...(await listFeedIssuers()).map(({ code }) => ({ path: (l: Locale) => issuerPath(l, code) })),
    // The data views (issue 13): the whole archive's standards and licences, plans, the glossary.
    { path: (l: Locale) => recordsPath(l, "standards") },
    { path: (l: Locale) => recordsPath(l, "licences") },
    ...(await listPlanIds()).map((id) => ({ path: (l: Locale) => planPath(l, id) })),
    { path: glossaryPath },
  ]);
}
