import { describe, expect, it } from "vitest";
import { LOCALES, VIEWS } from "@/i18n/locales";
import { config } from "@/proxy";
import nextConfig from "@/next.config";

describe("the locale list reaches the places that cannot import it at runtime", () => {
  it("proxy.ts's static matcher skips exactly the locales of LOCALES outside them, and covers each locale's paths", () => {
    const [matcher = "", , ...locales] = config.matcher;
    const skipped = [...matcher.matchAll(/\|([a-z]{2,3})\(\?:\/\|\$\)/g)].map((m) => m[1]);
    expect(skipped).toEqual([...LOCALES]);
    const group = `(${LOCALES.join("|")})`;
    expect(locales).toEqual([`/${group}`, `/${group}/:path*`]);
  });

  it("next.config.ts rewrites ?view= for every locale and every reading mode but the locale's own", async () => {
    const rewrites = await nextConfig.rewrites?.();
    const rules = rewrites && !Array.isArray(rewrites) ? (rewrites.beforeFiles ?? []) : [];
    // The locale's own language is its plain notice page (not generated twice, issue 11).
    expect(rules.map((r) => [r.source, r.has, r.destination])).toEqual([
      ["/zh/notices/:id", [{ type: "query", key: "view", value: "(?<view>en|parallel)" }], "/zh/notices/:id/view/:view"],
      ["/en/notices/:id", [{ type: "query", key: "view", value: "(?<view>zh|parallel)" }], "/en/notices/:id/view/:view"],
    ]);
    expect(VIEWS).toEqual(["zh", "en", "parallel"]);
  });
});
