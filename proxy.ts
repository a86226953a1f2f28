import { NextResponse, type NextRequest } from "next/server";
import { isWellEncodedPath } from "@/lib/http/path";
import { preferredLocale } from "@/i18n/preferred-locale";
import { LOCALE_COOKIE, isLocale } from "@/i18n/locales";
import { CITE_HEADERS } from "@/lib/routes";

/**
 * Runs only on paths that are not already locale-prefixed, and on every path holding a `%` (see the
 * matcher):
 * - a path whose percent-encoding does not decode → 400 with a fixed body (never the request's
 *   bytes). Next would otherwise answer 500 while decoding route params (issue 9).
 * - `/` → 307 to the reader's language (LOCALE_COOKIE set by the language switch, then
 *   Accept-Language, else zh).
 * - anything else (/fr/…, /notices/x) → rewritten, not redirected, into the reader's locale, where the
 *   catch-all route answers a real 404 in a language they read. A redirect would first answer 307
 *   and send them to a URL that never existed.
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
  if (isLocale(first)) return NextResponse.next();
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
  url.pathname = `/${locale}${pathname}`;
  return NextResponse.rewrite(url);
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
  // Skip Next internals, files with an extension (icon.svg, sitemap.xml, robots.txt) and paths that
  // already start with a locale (served straight from the static routes), and /api/ (the JSON API
  // has no locale). Next reads this literal statically (no imports, no template strings), so the
  // locales are spelled out here; tests/unit/locales.test.ts fails when they differ from LOCALES.
  // Any path with a `%` comes here too, whatever it starts with, for the encoding check: ordinary
  // pages never pay for the proxy.
  // The citation resolver too: its 404 page needs the query (below).
  matcher: ["/((?!_next|api/|zh(?:/|$)|en(?:/|$)|.*\\..*).*)", "/(.*%.*)", "/(zh|en)/cite"],
};
