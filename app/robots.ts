import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/data/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/zh/search", "/en/search"] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
