import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchClient, type SearchGroup } from "@/lib/search/client";
import type { SearchDoc } from "@/lib/search/format";
import { facetsOf, NO_FILTERS, shapeResults, snippetAround, type OtherLanguage } from "@/lib/search/results";
import { memoryHost } from "@/lib/search/test-helpers";

const base = { locale: "zh" as const, issue: "2013-11", year: 2013, label: null, row: null };
const docs: SearchDoc[] = [
  { ...base, key: "oil#title", noticeId: "oil", noticeTitle: "关于成品油的公告", noticeKind: "announcement", issuers: ["mofcom"], blockId: null, kind: "title", text: "关于成品油的公告" },
  { ...base, key: "oil#p-1", noticeId: "oil", noticeTitle: "关于成品油的公告", noticeKind: "announcement", issuers: ["mofcom"], blockId: "p-1", kind: "paragraph", text: "赋予企业成品油批发经营资格。" },
  { ...base, key: "customs#p-2", noticeId: "customs", noticeTitle: "海关公告", noticeKind: "announcement", issuers: ["mofcom", "gacc"], blockId: "p-2", kind: "paragraph", text: "成品油进口许可证联网核查。" },
  { ...base, key: "plan#p-3", noticeId: "plan", noticeTitle: "规划通知", noticeKind: "circular", issuers: ["mofcom"], year: 2012, blockId: "p-3", kind: "paragraph", text: "成品油与服务外包。" },
];
const other: OtherLanguage = {
  locale: "en",
  texts: new Map([["oil#p-1", "Enterprises are granted refined oil wholesale qualifications."]]),
  titles: new Map([["oil", "Announcement on refined oil"]]),
};

async function search(q: string) {
  const built = buildSearchIndex(docs, "zh", { shardCount: 4, docsPerChunk: 2 });
  return createSearchClient({ baseUrl: "/search", fetch: memoryHost(built.files).fetch }).search(q, { limit: 50 });
}

describe("shapeResults", () => {
  it("pairs each passage with the other language and shows a title hit in the title, not as a passage", async () => {
    const r = shapeResults(await search("成品油"), other, NO_FILTERS);
    const oil = r.groups.find((g) => g.noticeId === "oil");
    expect(oil?.titleHighlights).toEqual([[2, 5]]);
    expect(oil?.otherTitle).toBe("Announcement on refined oil");
    expect(oil?.hits.map((h) => h.key)).toEqual(["oil#p-1"]);
    expect(oil?.hits[0]?.counterpart?.text).toBe("Enterprises are granted refined oil wholesale qualifications.");
    // Untranslated passages say so (null), rather than showing nothing silently.
    expect(r.groups.find((g) => g.noticeId === "customs")?.hits[0]?.counterpart).toBeNull();
  });

  it("filters by facet and counts each facet with the other facets applied", async () => {
    const res = await search("成品油");
    const r = shapeResults(res, other, { ...NO_FILTERS, year: 2013 });
    expect(r.totalNotices).toBe(3);
    expect(r.groups.map((g) => g.noticeId).sort()).toEqual(["customs", "oil"]);
    // Year counts ignore the chosen year, so 2012 stays available to switch to.
    expect(r.facets.year).toEqual([{ value: "2013", count: 2 }, { value: "2012", count: 1 }]);
    // Issuer counts respect the chosen year: the 2012 circular is not counted.
    expect(r.facets.issuer).toEqual([{ value: "mofcom", count: 2 }, { value: "gacc", count: 1 }]);
  });
});

describe("facetsOf", () => {
  it("counts a joint notice under each issuer once", () => {
    const g = (id: string, issuers: string[]): SearchGroup => ({ noticeId: id, lang: "zh", noticeTitle: id, issue: "2013-11", year: 2013, noticeKind: "announcement", issuers, hits: [] });
    expect(facetsOf([g("a", ["mofcom", "gacc", "gacc"]), g("b", ["gacc"])], NO_FILTERS).issuer).toEqual([
      { value: "gacc", count: 2 },
      { value: "mofcom", count: 1 },
    ]);
  });
});

describe("snippetAround", () => {
  it("shows a text barely over the width whole", () => {
    const text = "PetroChina Company Limited Northwest Marketing Guangxi Branch granted refined oil products wholesale business qualification";
    expect(snippetAround(text, [[75, 78]], 75, 100)).toMatchObject({ text, clippedStart: false, clippedEnd: false, highlights: [[75, 78]] });
  });

  it("cuts English at spaces and shifts the ranges into the window", () => {
    const text = `${"word ".repeat(60)}oil ${"tail ".repeat(60)}`;
    const s = snippetAround(text, [[300, 303]]);
    expect(s.clippedStart && s.clippedEnd).toBe(true);
    expect(s.text.startsWith("word")).toBe(true);
    expect(s.text.endsWith("tail")).toBe(true);
    const [start, end] = s.highlights[0] ?? [0, 0];
    expect(s.text.slice(start, end)).toBe("oil");
  });
});
