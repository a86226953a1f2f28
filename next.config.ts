import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// `npm run export` (scripts/export.ts) sets STATIC_EXPORT=1: every page a file in out/ for any static
// host. Such a build has no server, so rewrites, headers and the proxy are not applied (Next warns;
// the ?view= rewrite has a client-side stand-in, see components/notice/view-query-switch.tsx), and
// every dynamic route needs generateStaticParams. The few files that differ are picked by extension:
// page.server.tsx only in the server build (the catch-all 404, the server-rendered search page),
// page.export.tsx only in the export (the in-browser search page); plain page.tsx/route.ts in both.
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  ...(staticExport ? { output: "export" as const } : {}),
  pageExtensions: staticExport ? ["export.tsx", "tsx", "ts"] : ["server.tsx", "tsx", "ts"],
  poweredByHeader: false,
  experimental: {
    // Our root layout is app/[locale]/layout.tsx, so a URL that matches no route at all (say
    // /robots.txt.bak) has no layout to render a 404 in; app/global-not-found.tsx covers it.
    globalNotFound: true,
  },
  async rewrites() {
    return {
      // `?view=` is part of the public URL contract (/en/notices/x?view=parallel), but reading
      // searchParams would make every notice page dynamic. Rewriting the query into an internal path
      // segment keeps all three reading modes statically generated.
      beforeFiles: [
        {
          source: "/:locale(zh|en)/notices/:id",
          has: [{ type: "query", key: "view", value: "(?<view>zh|en|parallel)" }],
          destination: "/:locale/notices/:id/view/:view",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default withNextIntl(nextConfig);
