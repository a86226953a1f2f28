import { describe, expect, it } from "vitest";
import { LOCALES, VIEWS } from "@/i18n/locales";
import { config } from "@/proxy";
import nextConfig from "@/next.config";

describe("the locale list reaches the places that cannot import it at runtime", () => {
  it("proxy.ts's static matcher skips exactly the paths prefixed by a locale in LOCALES", () => {
    const [matcher = ""] = config.matcher;
    const skipped = [...matcher.matchAll(/\|([a-z]{2,3})\(\?:\/\|\$\)/g)].map((m) => m[1]);
    expect(skipped).toEqual([...LOCALES]);
  });

  it("next.config.ts rewrites ?view= for every locale and reading mode", async () => {
    const rewrites = await nextConfig.rewrites?.();
    const rule = rewrites && !Array.isArray(rewrites) ? rewrites.beforeFiles?.[0] : undefined;
    expect(rule?.source).toBe("/:locale(zh|en)/notices/:id");
    expect(rule?.has).toEqual([{ type: "query", key: "view", value: "(?<view>zh|en|parallel)" }]);
    expect(VIEWS).toEqual(["zh", "en", "parallel"]);
  });
});
