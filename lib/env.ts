import { z } from "zod";

/**
 * Every environment variable the app, the scripts and prisma.config.ts read, validated in one place.
 *   DATABASE_URL  file:<path> (SQLite, the default) or postgres://… / postgresql://…
 *   SITE_URL      the public origin written into canonical links, hreflang, the sitemap, robots.txt,
 *                 JSON-LD, table JSON `source` and printed citations. Read at build time (the pages are
 *                 static). The default is where `npm run serve` listens.
 *   PRERENDER_ISSUES  how many of the newest issues the server build prerenders (default 50, about a
 *                 year of the gazette; "all" for every one). Older issues' pages render on first request
 *                 and are cached (README "Build strategy"). Read at build time; the static export
 *                 prerenders every issue whatever it says.
 */

/** The SQLite file used when DATABASE_URL is unset. */
export const DEFAULT_DATABASE_URL = "file:./data/archive.db";
export const DEFAULT_SITE_URL = "http://localhost:3000";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

export function isPostgresUrl(url: string): boolean {
  return POSTGRES_URL.test(url);
}

const databaseUrlSchema = z
  .string()
  .trim()
  .default(DEFAULT_DATABASE_URL)
  .refine((url) => url.startsWith("file:") || isPostgresUrl(url), {
    message: "DATABASE_URL must be file:<path> (SQLite) or postgres://… / postgresql://…",
  });

const siteUrlSchema = z
  .url({ protocol: /^https?$/, message: "SITE_URL must be an absolute http(s) URL such as https://example.org" })
  .default(DEFAULT_SITE_URL)
  .transform((url) => url.replace(/\/+$/, ""));

/** About a year of issues: the build stays minutes long at any archive size (README "Build strategy"). */
export const DEFAULT_PRERENDER_ISSUES = 50;

const prerenderIssuesSchema = z
  .string()
  .regex(/^(all|\d{1,6})$/, { message: 'PRERENDER_ISSUES must be a whole number of issues (0 or more) or "all"' })
  .transform((value): number | "all" => (value === "all" ? "all" : Number(value)))
  .default(DEFAULT_PRERENDER_ISSUES);

const envSchema = z.object({ DATABASE_URL: databaseUrlSchema, SITE_URL: siteUrlSchema, PRERENDER_ISSUES: prerenderIssuesSchema });
export type Env = z.infer<typeof envSchema>;
/** process.env, or a plain object in tests. */
export type EnvSource = Record<string, string | undefined>;

/** Validates the variables this app reads; throws one readable message naming each bad variable. */
export function readEnv(source: EnvSource = process.env): Env {
  const result = envSchema.safeParse({
    // An empty variable (DATABASE_URL= in a shell or CI file) means "unset", not "invalid".
    DATABASE_URL: source.DATABASE_URL || undefined,
    SITE_URL: source.SITE_URL || undefined,
    PRERENDER_ISSUES: source.PRERENDER_ISSUES || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

/** The public origin without a trailing slash (see SITE_URL above). */
export function siteUrl(source: EnvSource = process.env): string {
  return readEnv(source).SITE_URL;
}

/** How many of the newest issues the server build prerenders (see PRERENDER_ISSUES above). */
export function prerenderIssues(source: EnvSource = process.env): number | "all" {
  return readEnv(source).PRERENDER_ISSUES;
}
