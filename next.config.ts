import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
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
