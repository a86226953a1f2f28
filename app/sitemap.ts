import type { MetadataRoute } from "next";
import { LANG_TAG, LOCALES } from "@/i18n/routing";
import { getIssue, listIssues, listNoticeIds } from "@/lib/data/archive";
import { SITE_URL } from "@/lib/data/site-url";

// A static export (npm run export) requires metadata routes to say they are static.
export const dynamic = "force-static";

/** Every page in every locale, each entry listing its language alternates (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const issues = await listIssues();
  const latest = issues[0] ? await getIssue(issues[0].slug) : null;
  const paths: { path: string; lastModified?: string }[] = [
    { path: "", lastModified: latest?.publishedOn },
    ...issues.map((i) => ({ path: `/issues/${i.slug}`, lastModified: i.publishedOn })),
    ...(await listNoticeIds()).map((id) => ({ path: `/notices/${id}` })),
  ];
  return paths.flatMap(({ path, lastModified }) =>
    LOCALES.map((locale) => ({
      url: `${SITE_URL}/${locale}${path}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: {
        languages: Object.fromEntries(LOCALES.map((l) => [LANG_TAG[l], `${SITE_URL}/${l}${path}`])),
      },
    })),
  );
}
