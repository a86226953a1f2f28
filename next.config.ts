import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { siteUrl } from "./lib/env";
import { securityHeaders } from "./lib/http/security-headers";
// Relative, and i18n/locales.ts imports nothing: Next 16.4's next.config.ts transpiler resolves `@/`
// against the importing file, not the project root, so an aliased import fails to load the config.
import { LOCALES, VIEWS } from "./i18n/locales";
import { isStaticExport } from "./lib/export/mode";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// `npm run export` (scripts/export.ts) sets STATIC_EXPORT=1: every page a file in out/ for any static
// host. Such a build has no server, so rewrites, headers and the proxy are not applied (Next warns;
// the ?view= rewrite has a client-side stand-in, see components/notice/view-query-switch.tsx), and
// every dynamic route needs generateStaticParams. The few files that differ are picked by extension:
// page.server.tsx / route.server.ts only in the server build (the catch-all 404, the server-rendered
// search page, the citation resolver, the filtered data pages and their downloads, the JSON API: all
// answer per request), page.export.tsx only in the export (the in-browser search page); plain
// page.tsx/route.ts in both.
const nextConfig: NextConfig = {
  ...(isStaticExport ? { output: "export" as const } : {}),
  pageExtensions: isStaticExport ? ["export.tsx", "export.ts", "tsx", "ts"] : ["server.tsx", "server.ts", "tsx", "ts"],
  poweredByHeader: false,
  // The proxy's request.url is then the URL the server was asked for (its bind host and port). Without
  // it, Next hands the proxy a URL on "localhost" while `next start -H 127.0.0.1` resolves on
  // 127.0.0.1, so every rewrite the proxy made looked external and was proxied over HTTP to the
  // server itself (and a rewrite to a path the proxy rewrites again looped until the socket hung up).
  skipProxyUrlNormalize: true,
  experimental: {
    // Our root layout is app/[locale]/layout.tsx, so a URL that matches no route at all (say
    // /robots.txt.bak) has no layout to render a 404 in; app/global-not-found.tsx covers it.
    globalNotFound: true,
  },
  // The one place response headers are set: every path, pages, route handlers, /_next assets and
  // 404s alike (tests/e2e/hardening.spec.ts checks each kind).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(siteUrl()) }];
  },
  async rewrites() {
    return {
      // `?view=` is part of the public URL contract (/en/notices/x?view=parallel), but reading
      // searchParams would make every notice page dynamic. Rewriting the query into an internal path
      // segment keeps all three reading modes statically generated.
      // A locale's own language is its default view: /zh/notices/x?view=zh is /zh/notices/x, so that
      // mode is not rewritten and not generated twice (a quarter of the notice pages, issue 11).
      beforeFiles: LOCALES.map((locale) => ({
        source: `/${locale}/notices/:id`,
        has: [{ type: "query" as const, key: "view", value: `(?<view>${VIEWS.filter((v) => v !== locale).join("|")})` }],
        destination: `/${locale}/notices/:id/view/:view`,
      })),
      afterFiles: [],
      fallback: [],
    };
  },
};

export default withNextIntl(nextConfig);
