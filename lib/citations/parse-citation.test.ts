import { describe, expect, it } from "vitest";
import { parseCitation } from "@/lib/citations/parse-citation";

const notice = (issuers: string[], year: number, number: number) => ({ kind: "notice", issuers, year, number });
const document = (prefix: string | null, year: number, number: number) => ({ kind: "document", prefix, year, number });

describe("parseCitation: the forms people write", () => {
  it.each([
    ["商务部公告2013年第3号", notice(["mofcom"], 2013, 3)],
    ["商务部 海关总署公告2013年第2号", notice(["mofcom", "gacc"], 2013, 2)],
    ["商务部、海关总署公告2013年第2号", notice(["mofcom", "gacc"], 2013, 2)],
    ["工业和信息化部公告2012年第64号", notice(["miit"], 2012, 64)],
    ["工信部公告2012年第64号", notice(["miit"], 2012, 64)],
    ["中华人民共和国商务部公告2013年第3号", notice(["mofcom"], 2013, 3)],
    ["海关总署2016年52号公告", notice(["gacc"], 2016, 52)],
    ["2013年第3号", notice([], 2013, 3)],
    ["MOFCOM Announcement No. 3, 2013", notice(["mofcom"], 2013, 3)],
    ["MOFCOM and GACC Announcement No. 2, 2013", notice(["mofcom", "gacc"], 2013, 2)],
    ["Announcement No. 3 [2013]", notice([], 2013, 3)],
    ["No. 3 of 2013", notice([], 2013, 3)],
    ["announcement no.3, 2013", notice([], 2013, 3)],
    ["商服贸发〔2012〕431号", document("商服贸发", 2012, 431)],
    ["商服贸发[2012]431号", document("商服贸发", 2012, 431)],
    ["商服贸发(2012)431号", document("商服贸发", 2012, 431)],
    ["商服贸发【2012】431号", document("商服贸发", 2012, 431)],
    ["商服贸发（2012）431号", document("商服贸发", 2012, 431)],
    ["国办发〔2006〕23号", document("国办发", 2006, 23)],
    ["[2012] No. 431", document(null, 2012, 431)],
    ["文告2013年第11期", { kind: "issue", year: 2013, number: 11 }],
    ["2013年第11期", { kind: "issue", year: 2013, number: 11 }],
    ["总第808期", { kind: "series", series: 808 }],
  ])("%s", (input, expected) => {
    expect(parseCitation(input)).toEqual(expected);
  });

  it("folds traditional characters and full-width digits", () => {
    expect(parseCitation("商務部公告２０１３年第３號")).toEqual(notice(["mofcom"], 2013, 3));
    expect(parseCitation("商務部 海關總署公告2013年第2號")).toEqual(notice(["mofcom", "gacc"], 2013, 2));
    expect(parseCitation("總第８０８期")).toEqual({ kind: "series", series: 808 });
  });
});

describe("parseCitation: what is not a citation", () => {
  it.each([
    ["成品油"],
    ["2013"],
    ["No. 3"],
    ["商务部公告"],
    ["SB/T 10885"],
    ["licence revoked"],
    ["商务部公告2013年第0号"],
    ["商务部〔2012〕431号"],
    [""],
    ["商务部公告2013年第3号".repeat(6)],
  ])("%s → null", (input) => {
    expect(parseCitation(input)).toBeNull();
  });
});
