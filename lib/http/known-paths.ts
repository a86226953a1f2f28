import { z } from "zod";
import { ON_DEMAND_ROUTES } from "@/lib/routes";

/**
 * Which paths the production build answers with a page, from the build's own manifests: every
 * prerendered path, every path of the archive routes the database holds (they render on first
 * request: .next/archive-paths.json, written by scripts/write-archive-paths.ts), plus the routes that
 * render per request (search, cite, the filtered data pages).
 * The proxy sends every other locale path to the prerendered not-found page with status 404, because
 * Next 16's `notFound()` answers with an empty HTML body (the page's text only in the RSC payload, so
 * without JavaScript a reader sees a blank page: vercel/next.js#98295, #62228). Pure: the caller reads
 * the files.
 */

const prerenderManifestSchema = z.object({
  routes: z.record(z.string(), z.unknown()),
  dynamicRoutes: z.record(z.string(), z.object({ fallback: z.union([z.literal(false), z.string(), z.null()]) })),
});
const routesManifestSchema = z.object({
  dynamicRoutes: z.array(z.object({ page: z.string(), regex: z.string() })),
});

/** Every path of each archive route (lib/routes.ts ON_DEMAND_ROUTES), in .next/ after `npm run build`. */
export const ARCHIVE_PATHS_FILE = "archive-paths.json";
export const archivePathsSchema = z.object({ routes: z.record(z.string(), z.array(z.string().startsWith("/"))) });

export type KnownPaths = (pathname: string) => boolean;

/** The catch-all exists only to render a localized 404: it never makes a path known. */
const CATCH_ALL = "/[locale]/[...rest]";

/**
 * `archiveJson` null (the file is missing): the archive routes are known only at the paths they
 * prerendered, so older issues answer 404 until the file is written, but no made-up id renders.
 */
/** The paths a build prerendered, from .next/prerender-manifest.json (the bench and tests read it too). */
export function prerenderedPaths(prerenderJson: unknown): Set<string> {
  return new Set(Object.keys(prerenderManifestSchema.parse(prerenderJson).routes));
}

export function knownPathsFrom(prerenderJson: unknown, routesJson: unknown, missingPage: string, archiveJson: unknown): KnownPaths {
  const prerender = prerenderManifestSchema.parse(prerenderJson);
  const routes = routesManifestSchema.parse(routesJson);
  const prerendered = new Set(Object.keys(prerender.routes));
  const archive = new Set(archiveJson === null ? [] : Object.values(archivePathsSchema.parse(archiveJson).routes).flat());
  const onDemand = new Set<string>(ON_DEMAND_ROUTES);
  // A route closed to unlisted params (dynamicParams = false, fallback false) is known only at the
  // paths it prerendered, an archive route also at the archive's other paths; the others render per
  // request, so any path they match is theirs.
  const open = routes.dynamicRoutes
    .filter((r) => r.page !== CATCH_ALL && r.page !== missingPage && !onDemand.has(r.page) && prerender.dynamicRoutes[r.page]?.fallback !== false)
    .map((r) => new RegExp(r.regex));
  // The not-found page itself is a 404 when asked for by its own URL.
  const missing = routes.dynamicRoutes.filter((r) => r.page === missingPage).map((r) => new RegExp(r.regex));
  return (pathname) => {
    const path = decodePath(pathname);
    if (path === null || missing.some((re) => re.test(path))) return false;
    return prerendered.has(path) || archive.has(path) || open.some((re) => re.test(path));
  };
}

/** The path as Next matches it (segments decoded), or null when it does not decode. */
function decodePath(pathname: string): string | null {
  try {
    return pathname.split("/").map(decodeURIComponent).join("/").replace(/(.)\/$/, "$1");
  } catch {
    return null;
  }
}
