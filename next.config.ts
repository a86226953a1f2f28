import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Relative, and i18n/locales.ts imports nothing: Next 16.4's next.config.ts transpiler resolves `@/`
// against the importing file, not the project root, so an aliased import fails to load the config.
import { LOCALES, VIEWS } from "./i18n/locales";

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
          source: `/:locale(${LOCALES.join("|")})/notices/:id`,
          has: [{ type: "query", key: "view", value: `(?<view>${VIEWS.join("|")})` }],
          destination: "/:locale/notices/:id/view/:view",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default withNextIntl(nextConfig);
