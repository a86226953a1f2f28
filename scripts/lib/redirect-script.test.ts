import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { rootPageHtml } from "@/lib/export/root-page";
import { redirectScript } from "@/scripts/lib/redirect-script";

/** Runs the inline script as a browser would, with the given cookie and languages; returns where it went. */
function redirectFor(script: string, cookie: string, languages: string[], hash = ""): string {
  const went: string[] = [];
  runInNewContext(script, {
    document: { cookie },
    navigator: { languages },
    location: { hash, replace: (url: string) => went.push(url) },
  });
  expect(went).toHaveLength(1);
  return went[0] ?? "";
}

describe("static export root page", () => {
  it("the inline script picks the locale like the proxy: cookie first, then browser languages", async () => {
    const script = await redirectScript();
    expect(script.length).toBeLessThan(1500);
    expect(script).not.toContain("next-intl");
    expect(redirectFor(script, "", ["en-GB", "en"])).toBe("/en");
    expect(redirectFor(script, "", ["zh-TW", "en"])).toBe("/zh");
    expect(redirectFor(script, "", ["fr-FR", "de"])).toBe("/zh");
    expect(redirectFor(script, "", ["fr", "en-US"])).toBe("/en");
    expect(redirectFor(script, "theme=dark; NEXT_LOCALE=en", ["zh-CN"])).toBe("/en");
    expect(redirectFor(script, "NEXT_LOCALE=fr", ["en"])).toBe("/en");
    expect(redirectFor(script, "", ["en"], "#p-3")).toBe("/en#p-3");
  });

  it("without JS the page refreshes to the default locale and links both", () => {
    const html = rootPageHtml({ script: "x()</script><b>", name: (l) => (l === "zh" ? "文告" : "Gazette <&>") });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/zh">');
    expect(html).toContain('<a href="/zh" hreflang="zh-Hans" lang="zh-Hans">文告</a>');
    expect(html).toContain('<a href="/en" hreflang="en" lang="en">Gazette &lt;&amp;&gt;</a>');
    // The script runs before the refresh, and cannot close its own tag.
    expect(html.indexOf("<script>")).toBeLessThan(html.indexOf("http-equiv"));
    expect(html).toContain("x()<\\/script><b>");
  });
});
