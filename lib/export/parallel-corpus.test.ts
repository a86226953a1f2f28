import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { NoticeDto } from "@/lib/data/dto";
import { alignedPairs, toJsonl, toTmx } from "@/lib/export/parallel-corpus";

const notice: NoticeDto = {
  id: "mofcom-2013-1",
  issue: { slug: "2013-11", year: 2013, number: 11, series: 808, publishedOn: "2013-02-13" },
  position: 1,
  kind: "announcement",
  issuers: [{ code: "mofcom", abbrEn: "MOFCOM", shortZh: "商务部", nameZh: "中华人民共和国商务部", nameEn: "Ministry of Commerce" }],
  number: null,
  documentNumber: null,
  headerText: { zh: "商务部公告", en: null },
  titleZh: "标准",
  titleEn: null,
  subject: null,
  signingDates: [],
  sourceNote: null,
  attachments: [],
  page: null,
  prev: null,
  next: null,
  officialNumberDiscrepancy: null,
  otherTitlesEn: [],
  citedBy: [],
  blocks: [
    { id: "p-1", n: 1, kind: "heading", level: 1, text: { zh: "一、总则", en: "I. General <rules> & \"scope\"" }, links: [] },
    { id: "p-2", n: 2, kind: "paragraph", level: 0, text: { zh: "未译段落", en: null }, links: [] },
    {
      id: "p-3", n: 3, kind: "table", caption: null,
      header: [{ zh: "序号", en: "No." }, { zh: "名称", en: "Name" }],
      rows: [
        [{ zh: "1", en: "1" }, { zh: "香蕉", en: "Banana" }],
        [{ zh: "2", en: "2" }, { zh: "苹果", en: null }],
      ],
    },
    { id: "p-4", n: 4, kind: "signature", signers: ["商务部"], dateText: "2013年1月7日", date: "2013-01-07", en: "Ministry of Commerce\n7 January 2013" },
  ],
};

describe("alignedPairs", () => {
  it("pairs every translated block and table row, skipping untranslated ones", () => {
    expect(alignedPairs(notice).map((p) => [p.id, p.kind])).toEqual([
      ["p-1", "heading"],
      ["p-3-r1", "table-row"],
      ["p-4", "signature"],
    ]);
    expect(alignedPairs(notice)[1]).toMatchObject({ zh: "1\t香蕉", en: "1\tBanana" });
  });
});

describe("toJsonl", () => {
  it("writes one JSON object a line that parses back to the pairs", () => {
    const pairs = alignedPairs(notice);
    const lines = toJsonl(pairs).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual(pairs);
  });
});

describe("toTmx", () => {
  const pairs = alignedPairs(notice);
  const xml = toTmx(pairs, { created: "20130213T000000Z" });

  it("is well-formed XML with text escaped", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("I. General &lt;rules&gt; &amp;");
  });

  it("holds exactly the notice's aligned pairs as TMX 1.4 translation units", () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["tu", "tuv"].includes(name) }).parse(xml);
    expect(doc.tmx["@version"]).toBe("1.4");
    expect(doc.tmx.header["@srclang"]).toBe("zh-Hans");
    const units = doc.tmx.body.tu.map((tu: { "@tuid": string; tuv: Array<{ "@xml:lang": string; seg: string | number }> }) => ({
      id: tu["@tuid"],
      zh: String(tu.tuv.find((v) => v["@xml:lang"] === "zh-Hans")?.seg),
      en: String(tu.tuv.find((v) => v["@xml:lang"] === "en")?.seg),
    }));
    expect(units).toEqual(pairs.map((p) => ({ id: `${p.notice}/${p.id}`, zh: p.zh, en: p.en })));
  });
});
