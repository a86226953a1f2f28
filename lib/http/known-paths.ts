import { z } from "zod";

/**
 * Which paths the production build answers with a page, from the build's own manifests: every
 * prerendered path, plus the routes that render per request (search, cite, the filtered data pages).
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

export type KnownPaths = (pathname: string) => boolean;

/** The catch-all exists only to render a localized 404: it never makes a path known. */
const CATCH_ALL = "/[locale]/[...rest]";

export function knownPathsFrom(prerenderJson: unknown, routesJson: unknown, missingPage: string): KnownPaths {
  const prerender = prerenderManifestSchema.parse(prerenderJson);
  const routes = routesManifestSchema.parse(routesJson);
  const prerendered = new Set(Object.keys(prerender.routes));
  // A route closed to unlisted params (dynamicParams = false, fallback false) is known only at the
  // paths it prerendered; the others render per request, so any path they match is theirs.
  const open = routes.dynamicRoutes
    .filter((r) => r.page !== CATCH_ALL && r.page !== missingPage && prerender.dynamicRoutes[r.page]?.fallback !== false)
    .map((r) => new RegExp(r.regex));
  // The not-found page itself is a 404 when asked for by its own URL.
  const missing = routes.dynamicRoutes.filter((r) => r.page === missingPage).map((r) => new RegExp(r.regex));
  return (pathname) => {
    const path = decodePath(pathname);
    if (path === null || missing.some((re) => re.test(path))) return false;
    return prerendered.has(path) || open.some((re) => re.test(path));
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
