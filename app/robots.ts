import type { MetadataRoute } from "next";
import { LOCALES } from "@/i18n/locales";
import { siteUrl } from "@/lib/env";
import { searchPath } from "@/lib/routes";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: LOCALES.map(searchPath) },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
