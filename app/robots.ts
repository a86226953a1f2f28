import type { MetadataRoute } from "next";
import { LOCALES } from "@/i18n/locales";
import { siteUrl } from "@/lib/env";
import { searchPath } from "@/lib/routes";

// A static export (npm run export) requires metadata routes to say they are static.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: LOCALES.map(searchPath) },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
