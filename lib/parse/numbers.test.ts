import { describe, expect, it } from "vitest";
import { parseDocumentNumber, parseNoticeNumber, splitIssuerRun } from "@/lib/parse/numbers";
import { extractReferences, resolveReferences } from "@/lib/parse/references";
import { findAnyDate, findCollapsedDates, foldForMatching, splitLines } from "@/lib/parse/text";

const fold = (s: string) => foldForMatching(s);

describe("announcement numbers in every printed form", () => {
  it.each([
    ["2013年第2号", 2013, 2],
    ["公告2013年第2号", 2013, 2],
    ["2013年第2號", 2013, 2],
    ["2016年52號", 2016, 52],
    ["二〇一三年第二號", 2013, 2],
    ["[2011]第26號", 2011, 26],
    ["【2011】第26号", 2011, 26],
    ["Announcement No. 3, 2013", 2013, 3],
    ["[2007] No. 35", 2007, 35],
  ])("%s", (printed, year, number) => {
    expect(parseNoticeNumber(fold(printed), 7)).toEqual({ year, number, text: fold(printed), line: 7 });
  });
  it("is not a number: 二〇一三年第X号, a bare year", () => {
    expect(parseNoticeNumber("二〇一三年第X号", 1)).toBeNull();
    expect(parseNoticeNumber("2013年", 1)).toBeNull();
  });
});

describe("document numbers (文号): any prefix, every bracket style", () => {
  it.each([
    ["商贸函[2011]1124号", "商贸函", 2011, 1124],
    ["商服贸函〔2016〕208号", "商服贸函", 2016, 208],
    ["国办发〔2006〕23号", "国办发", 2006, 23],
    ["新质监办发(2012)24号", "新质监办发", 2012, 24],
    ["（余府发【2012】3号）", "余府发", 2012, 3],
    ["某某新发〔2020〕第7號", "某某新发", 2020, 7],
  ])("%s", (printed, prefix, year, number) => {
    expect(parseDocumentNumber(fold(printed), printed, 3)).toEqual({ text: printed, normalized: `${prefix}〔${year}〕${number}号`, prefix, year, number, line: 3 });
  });
});

describe("issuers", () => {
  it("reads full and short names to the same registered code; keeps unregistered bodies with a derived code", () => {
    expect(splitIssuerRun("商务部 中华人民共和国海关总署").map((i) => i.info.code)).toEqual(["mofcom", "gacc"]);
    expect(splitIssuerRun("中华人民共和国商务部、总署").map((i) => i.info.code)).toEqual(["mofcom", "gacc"]);
    const [office] = splitIssuerRun("国务院办公厅");
    expect(office?.info).toMatchObject({ code: "guowuyuanbangongting", nameZh: "国务院办公厅", registered: false });
  });
});

describe("references", () => {
  const refs = (text: string) => extractReferences([{ id: "p-1", kind: "paragraph", numbering: null, text, lines: { start: 1, end: 1 } }], splitLines(text), "mofcom-2013-9");
  it("reads notices, orders, 文号 and 《》 titles with their printed form and target; the notice's own number is not a reference", () => {
    const text = "依据《中华人民共和国对外贸易法》和海关总署令第158号,废止商务部、海关总署公告2024年第64号、总署公告2013年第26号和商务部2011年第65号公告(国办发〔2006〕23号),本公告即商务部公告2013年第9号。";
    expect(refs(text).map((r) => [r.kind, r.printed, r.target])).toEqual([
      ["law", "《中华人民共和国对外贸易法》", "中华人民共和国对外贸易法"],
      ["order", "海关总署令第158号", "gacc-order-158"],
      ["notice", "商务部、海关总署公告2024年第64号", "mofcom-gacc-2024-64"],
      ["notice", "总署公告2013年第26号", "gacc-2013-26"],
      ["notice", "商务部2011年第65号公告", "mofcom-2011-65"],
      ["document-number", "国办发〔2006〕23号", "国办发〔2006〕23号"],
    ]);
  });
  it("resolves a cited notice that is in the archive", () => {
    const [r] = resolveReferences(refs("依据工业和信息化部公告2012年第64号"), new Set(["miit-2012-64"]));
    expect(r).toMatchObject({ kind: "notice", target: "miit-2012-64", noticeId: "miit-2012-64" });
    expect(resolveReferences(refs("依据工业和信息化部公告2012年第65号"), new Set(["miit-2012-64"]))[0]?.noticeId).toBeNull();
  });
});

describe("dates are never invented", () => {
  it.each([
    ["二〇一一年四月二十五日", "2011-04-25"],
    ["二○一一年四月二十五日", "2011-04-25"],
    ["二0一一年四月二十五日", "2011-04-25"],
    ["二O一一年四月二十五日", "2011-04-25"],
    ["2011年04月05日", "2011-04-05"],
    ["2011-4-25", "2011-04-25"],
    ["05/17/2013", "2013-05-17"],
  ])("%s", (printed, iso) => {
    expect(findAnyDate(fold(printed))?.iso).toBe(iso);
  });
  it("finds collapsed dates and makes no date of them", () => {
    expect(findCollapsedDates("自2013115日起施行")).toEqual(["2013115日"]);
    expect(findAnyDate("自2013115日起施行")).toBeNull();
    expect(findCollapsedDates("自2013年1月15日起")).toEqual([]);
  });
});
