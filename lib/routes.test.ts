import { describe, expect, it } from "vitest";
import {
  blockPath,
  hitHref,
  homePath,
  issuePath,
  noticePath,
  noticeViewPath,
  searchHref,
  searchPath,
  sitemapEntries,
  tableFilePath,
} from "@/lib/routes";

describe("public paths (README: Reading site)", () => {
  it("builds the page paths", () => {
    expect(homePath("en")).toBe("/en");
    expect(issuePath("zh", "2013-11")).toBe("/zh/issues/2013-11");
    expect(noticePath("en", "mofcom-2013-3")).toBe("/en/notices/mofcom-2013-3");
    expect(blockPath("en", "mofcom-2013-3", "p-2")).toBe("/en/notices/mofcom-2013-3#p-2");
    expect(tableFilePath("zh", "mofcom-2013-1", "p-6", "csv")).toBe("/zh/notices/mofcom-2013-1/tables/p-6.csv");
    expect(searchPath("zh")).toBe("/zh/search");
  });

  it("leaves the locale's own view off the notice URL", () => {
    expect(noticeViewPath("zh", "a-1", "zh")).toBe("/zh/notices/a-1");
    expect(noticeViewPath("zh", "a-1", "en")).toBe("/zh/notices/a-1?view=en");
    expect(noticeViewPath("en", "a-1", "parallel")).toBe("/en/notices/a-1?view=parallel");
  });

  it("builds search and hit links", () => {
    expect(searchHref("zh", { q: "成品油" })).toBe("/zh/search?q=%E6%88%90%E5%93%81%E6%B2%B9");
    expect(searchHref("en", { q: "oil", scope: "zh", issuer: "mofcom", kind: "announcement", year: 2013 })).toBe(
      "/en/search?q=oil&in=zh&body=mofcom&kind=announcement&year=2013",
    );
    // The reader's own language is the default scope: not repeated in the URL.
    expect(searchHref("en", { q: "oil", scope: "en" })).toBe("/en/search?q=oil");
    expect(hitHref("en", "en", { noticeId: "a-1", blockId: "p-3" }, "oil")).toBe("/en/notices/a-1?hl=oil#p-3");
    expect(hitHref("en", "zh", { noticeId: "a-1", blockId: null }, "油")).toBe("/en/notices/a-1?view=parallel&hl=%E6%B2%B9");
  });

  it("lists every page once per locale with absolute hreflang alternates", () => {
    const entries = sitemapEntries("https://example.org", [
      { path: homePath, lastModified: "2013-11-30" },
      { path: (l) => noticePath(l, "a-1") },
    ]);
    expect(entries).toEqual([
      {
        url: "https://example.org/zh",
        lastModified: "2013-11-30",
        alternates: { languages: { "zh-Hans": "https://example.org/zh", en: "https://example.org/en" } },
      },
      {
        url: "https://example.org/en",
        lastModified: "2013-11-30",
        alternates: { languages: { "zh-Hans": "https://example.org/zh", en: "https://example.org/en" } },
      },
      {
        url: "https://example.org/zh/notices/a-1",
        alternates: { languages: { "zh-Hans": "https://example.org/zh/notices/a-1", en: "https://example.org/en/notices/a-1" } },
      },
      {
        url: "https://example.org/en/notices/a-1",
        alternates: { languages: { "zh-Hans": "https://example.org/zh/notices/a-1", en: "https://example.org/en/notices/a-1" } },
      },
    ]);
  });
});
