import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/data/site-url";

// A static export (npm run export) requires metadata routes to say they are static.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/zh/search", "/en/search"] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
