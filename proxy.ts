import { NextResponse, type NextRequest } from "next/server";
import { isWellEncodedPath } from "@/lib/http/path";
import { preferredLocale } from "@/i18n/preferred-locale";
import { LOCALE_COOKIE, isLocale, type Locale } from "@/i18n/locales";
import { CITE_HEADERS, missingPath } from "@/lib/routes";
import { loadKnownPaths } from "@/lib/http/load-known-paths";

/**
 * Runs on every page path (see the matcher):
 * - a path whose percent-encoding does not decode → 400 with a fixed body (never the request's
 *   bytes). Next would otherwise answer 500 while decoding route params (issue 9).
 * - `/` → 307 to the reader's language (LOCALE_COOKIE set by the language switch, then
 *   Accept-Language, else zh).
 * - anything else (/fr/…, /notices/x) → rewritten, not redirected, into the reader's locale, where it
 *   is a real 404 in a language they read. A redirect would first answer 307 and send them to a URL
 *   that never existed.
 * - a locale path the build does not answer (an unknown notice, issue, year, any other path) → the
 *   prerendered 404 page of that locale, status 404, so the reader sees its text without JavaScript
 *   (lib/http/known-paths.ts says why Next's own 404 cannot) and nothing is rendered into the cache.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellEncodedPath(pathname)) {
    return new NextResponse("Bad request: the path is not valid percent-encoded UTF-8.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const first = pathname.split("/")[1] ?? "";
  if (isLocale(first) && pathname === `/${first}/cite`) return withCiteQuery(request, first);
  if (isLocale(first)) return knownOrMissing(request, first);
  const locale = preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  if (pathname === "/") {
    url.pathname = `/${locale}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return response;
  }
  // Reached only for the encoding check (a `%` in the path): no locale to add.
  if (first === "_next" || first === "api") return NextResponse.next();
  return knownOrMissing(request, locale, `/${locale}${pathname}`);
}

/** Known paths go on (into `rewriteTo` when given); any other is the locale's 404 page, status 404. */
function knownOrMissing(request: NextRequest, locale: Locale, rewriteTo?: string) {
  const known = loadKnownPaths();
  const path = rewriteTo ?? request.nextUrl.pathname;
  if (!known || known(path)) {
    return rewriteTo ? NextResponse.rewrite(sameOrigin(request, rewriteTo + request.nextUrl.search)) : NextResponse.next();
  }
  return NextResponse.rewrite(sameOrigin(request, missingPath(locale)), { status: 404 });
}

// On request.url, not nextUrl: nextUrl's host can differ from the Host the request came with
// (localhost for 127.0.0.1), and Next then treats the rewrite as external and proxies it to itself
// over HTTP instead of serving it in the same request.
function sameOrigin(request: NextRequest, pathAndQuery: string): URL {
  return new URL(pathAndQuery, request.url);
}

/**
 * /{locale}/cite answers 404 when a citation names nothing, and that page lists the nearest
 * candidates. An App Router not-found page gets no props, so the query and locale ride along as
 * request headers (app/[locale]/cite/not-found.server.tsx reads them; see CITE_HEADERS).
 */
function withCiteQuery(request: NextRequest, locale: string) {
  const headers = new Headers(request.headers);
  headers.set(CITE_HEADERS.query, encodeURIComponent(request.nextUrl.searchParams.get("q") ?? ""));
  headers.set(CITE_HEADERS.locale, locale);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Outside a locale: every path but Next internals, files with an extension (icon.svg, sitemap.xml,
  // robots.txt) and /api/ (the JSON API has no locale), to add the reader's locale. Any path with a
  // `%`, whatever it starts with, for the encoding check. Every locale path, for the known-path
  // check (a Set lookup and a few regexes) and the citation resolver's 404 (below). Next reads this
  // literal statically (no imports, no template strings), so the locales are spelled out here;
  // tests/unit/locales.test.ts fails when they differ from LOCALES.
  matcher: ["/((?!_next|api/|zh(?:/|$)|en(?:/|$)|.*\\..*).*)", "/(.*%.*)", "/(zh|en)", "/(zh|en)/:path*"],
};
