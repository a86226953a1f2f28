import { NextResponse, type NextRequest } from "next/server";
import { preferredLocale } from "./i18n/preferred-locale";
import { LOCALE_COOKIE, isLocale } from "./i18n/locales";

/**
 * Runs only on paths that are not already locale-prefixed (see the matcher):
 * - `/` → 307 to the reader's language (LOCALE_COOKIE set by the language switch, then
 *   Accept-Language, else zh).
 * - anything else (/fr/…, /notices/x) → rewritten, not redirected, into the reader's locale, where the
 *   catch-all route answers a real 404 in a language they read. A redirect would first answer 307
 *   and send them to a URL that never existed.
 */
export function proxy(request: NextRequest) {
  const locale = preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const { pathname } = request.nextUrl;
  const url = request.nextUrl.clone();
  if (pathname === "/") {
    url.pathname = `/${locale}`;
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return response;
  }
  const first = pathname.split("/")[1] ?? "";
  if (isLocale(first)) return NextResponse.next();
  url.pathname = `/${locale}${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Skip Next internals, files with an extension (icon.svg, sitemap.xml, robots.txt) and paths that
  // already start with a locale (served straight from the static routes), and /api/ (the JSON API
  // has no locale). Next reads this literal statically (no imports, no template strings), so the locales are spelled out here;
  // tests/unit/locales.test.ts fails when they differ from LOCALES.
  matcher: ["/((?!_next|api/|zh(?:/|$)|en(?:/|$)|.*\\..*).*)"],
};
