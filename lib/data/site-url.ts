import { z } from "zod";

/**
 * Absolute origin for canonical URLs, hreflang, the sitemap and printed citations. Set SITE_URL at
 * build time; the default is the local `next start` address the tests and benchmark use.
 */
export const SITE_URL = z
  .url()
  .transform((url) => url.replace(/\/+$/, ""))
  .parse(process.env.SITE_URL ?? "http://127.0.0.1:3100");
