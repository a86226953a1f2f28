import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource } from "@/lib/parse/decode";
import { ParseError } from "@/lib/parse/errors";
import { parseStandaloneNotice } from "@/lib/parse/parse-notice";

// __fixtures__/real/ holds byte-for-byte copies of the 8 real web texts in shared/notes/real-notices/
// (each file name ends with the site it came from: cnhelpme.cn, njpwcbg.com, standardcn.com,
// cndojo.cn, 2888.tv, and pkulaw.com pages via the GitHub repository BU-Spark/ds-ciss-policy-docs).
// __fixtures__/web/ holds three web copies of 2013-11's notice 2 (made from content/2013-11/
// gazette.zh.txt lines 123-147 the way sites reprint it) and a quota table with a wrong 合计;
// __fixtures__/tab-table-groups-and-totals.txt is a made-up gazette-style table (TAB cells).
const parse = (dir: string, prefix: string) => {
  const folder = path.join(import.meta.dirname, "__fixtures__", dir);
  const name = fs.readdirSync(folder).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no fixture ${prefix}`);
  return parseStandaloneNotice(decodeSource(fs.readFileSync(path.join(folder, name)), name), { file: name });
};
const codes = (r: ReturnType<typeof parse>) => r.warnings.map((w) => w.code);
const tables = (r: ReturnType<typeof parse>) => r.notice.blocks.filter((b) => b.kind === "table");

describe("real notices copied from websites", () => {
  it("04 海關總署公告2017年第26號: number from the one-line title, site date kept as metadata, citation without 第, no signature ⇒ no date", () => {
    const r = parse("real", "04_");
    expect(r.notice).toMatchObject({ id: "gacc-2017-26", number: { year: 2017, number: 26, text: "2017年第26號", line: 1 }, signingDates: [], titleDerived: false });
    expect(r.notice.subject).toBe("關于進一步簡化經港澳中轉貨物原產地管理要求的公告");
    expect(r.notice.issuers.map((i) => [i.code, i.registered])).toEqual([["gacc", true]]);
    expect(r.notice.sourceMetadata).toContainEqual({ key: "页面日期", value: "2018-04-03", line: 3, date: "2018-04-03" });
    expect(r.notice.references).toEqual([
      { kind: "notice", printed: "海關總署2016年52號公告", target: "gacc-2016-52", noticeId: null, blockId: "p-2", line: 7 },
    ]);
    expect(r.coverage).toMatchObject({ ratio: 1, unmappedLines: [] });
    expect(r.warnings).toEqual([]);
  });

  it("05 海关总署 商品归类决定(II): 二0一一年 read, issuer from the deciding body, order 令第158号 cited, no number", () => {
    const r = parse("real", "05_");
    expect(r.notice).toMatchObject({ id: "gacc-20110425", number: null, documentNumber: null, signingDates: ["2011-04-25"], titleDerived: true });
    expect(r.notice.issuers.map((i) => i.code)).toEqual(["gacc"]);
    expect(r.notice.references.map((x) => [x.kind, x.target, x.line])).toEqual([
      ["law", "中华人民共和国海关进出口货物商品归类管理规定", 1],
      ["order", "gacc-order-158", 1],
    ]);
    expect(codes(r)).toEqual(["derived-id", "derived-title", "attachment-missing"]);
    expect(r.coverage.ratio).toBe(1);
  });

  it("06 商务部 20 项标准: issuer and date on one line, attachment absent (no table, no standards)", () => {
    const r = parse("real", "06_");
    expect(r.notice).toMatchObject({ id: "mofcom-20080703", signingDates: ["2008-07-03"], number: null });
    expect(r.notice.blocks[r.notice.blocks.length - 1]).toMatchObject({ kind: "signature", signers: ["中华人民共和国商务部"], dateText: "二〇〇八年七月三日" });
    expect(tables(r)).toHaveLength(0);
    expect(r.standards).toEqual([]);
    expect(r.notice.attachments).toEqual([{ title: "20项国内贸易行业标准编号、名称及实施日期", blockId: null, line: 3 }]);
    expect(codes(r)).toContain("attachment-missing");
  });

  it("07 工業和信息化部公告2011年第31號: site headline and 來源 line as metadata, number on its own line, glosses gone from derived fields only", () => {
    const r = parse("real", "07_");
    expect(r.notice).toMatchObject({ id: "miit-2011-31", number: { year: 2011, number: 31, text: "2011年第31號", line: 7 }, signingDates: ["2011-09-14"] });
    expect(r.notice.titleZh).toBe("中華人民共和國工業和信息化部公告2011年第31號");
    expect(r.notice.blocks[0]?.text).toContain("產(chǎn)業(yè)");
    expect(r.notice.sourceMetadata.map((m) => [m.key, m.line])).toEqual([["页面标题", 1], ["页面日期", 4], ["来源", 4]]);
    expect(r.notice.references.map((x) => [x.kind, x.target])).toEqual([["title", "磷铵行业准入条件"]]);
    expect(r.warnings).toEqual([]);
    expect(r.coverage.ratio).toBe(1);
  });

  it("08 合成氨行业准入公告管理暂行办法: cites 工业和信息化部公告2012年第64号 and 国发〔2009〕38号; no issuer, number or date ⇒ id from the printed title", () => {
    const r = parse("real", "08_");
    expect(r.notice).toMatchObject({ id: "t-hcahyzrggglzxbf", issuers: [], signingDates: [], titleDerived: false });
    expect(r.notice.references.filter((x) => x.kind !== "title").map((x) => [x.kind, x.printed, x.target, x.line])).toEqual([
      ["document-number", "国发〔2009〕38号", "国发〔2009〕38号", 2],
      ["notice", "工业和信息化部公告2012年第64号", "miit-2012-64", 2],
    ]);
    expect(codes(r)).toEqual(["derived-id"]);
    expect(r.coverage.ratio).toBe(1);
    // 2013-11 prints miit-2012-64: given the archive's ids, the citation resolves to it.
    const file = path.join(import.meta.dirname, "__fixtures__", "real", fs.readdirSync(path.join(import.meta.dirname, "__fixtures__", "real")).find((f) => f.startsWith("08_")) ?? "");
    const resolved = parseStandaloneNotice(fs.readFileSync(file, "utf8"), { file: "08", knownNoticeIds: new Set(["miit-2012-64"]) });
    expect(resolved.notice.references.find((x) => x.kind === "notice")?.noticeId).toBe("miit-2012-64");
  });

  it("14 海口市水务局: unregistered issuer keeps its printed name and gets a derived code; pkulaw header as metadata; preview link as noise", () => {
    const r = parse("real", "14_");
    expect(r.notice.issuers).toEqual([{ code: "haikoushishuiwuju", abbr: "海口市水务局", printed: "海口市水务局", nameZh: "海口市水务局", nameEn: "Hai Kou Shi Shui Wu Ju", registered: false }]);
    expect(r.notice.id).toMatch(/^haikoushishuiwuju-t-[a-z]+$/);
    expect(r.notice.signingDates).toEqual([]);
    expect(r.notice.sourceMetadata.map((m) => m.key)).toEqual(["法宝引证码", "原文链接"]);
    expect(codes(r)).toEqual(["unknown-issuer", "derived-id", "source-noise"]);
    expect(r.coverage).toMatchObject({ sourceLines: 11, mappedLines: 11, ratio: 1 });
  });

  it("15 新疆质监局 新质监办发〔2012〕24号: 文号 under the title, numbered attachment list linked to 附件1-3", () => {
    const r = parse("real", "15_");
    expect(r.notice).toMatchObject({ id: "xinjiangweiwuerzizhiquzhijianju-2012-24", kind: "circular", documentNumber: { normalized: "新质监办发〔2012〕24号", prefix: "新质监办发", year: 2012, number: 24, line: 6 } });
    expect(r.notice.attachments.map((a) => a.title)).toEqual(["1.自治区质监局各单位信息宣传联络员登记表", "2.自治区质监局各单位(部门)申请宣传申报单", "3.自治区质监局协助宣传报道通知单"]);
    expect(r.notice.attachments.every((a) => a.blockId !== null)).toBe(true);
    expect(r.notice.references.filter((x) => x.kind === "document-number").map((x) => x.target)).toEqual(["新质技监办〔2011〕7号", "新政办发〔2010〕79号"]);
    // The three forms lost their grid on the web page: read as tables of one-cell rows under their attachment.
    expect(tables(r).map((t) => (t.kind === "table" ? [t.attachment, t.printedAs, t.rows.length, t.lines.start] : null))).toEqual([
      ["附件1", "form-lines", 21, 47], ["附件2", "form-lines", 9, 77], ["附件2", "form-lines", 6, 90], ["附件3", "form-lines", 5, 103],
    ]);
    expect(codes(r)).toEqual(["unknown-issuer"]);
    expect(r.coverage.ratio).toBe(1);
  });

  it("16 新余市人民政府办公室 余府发〔2012〕3号: 二○一二年 signature, laws cited", () => {
    const r = parse("real", "16_");
    expect(r.notice).toMatchObject({ id: "xinyushirenminzhengfubangongshi-2012-3", documentNumber: { normalized: "余府发〔2012〕3号" }, signingDates: ["2012-01-09"] });
    expect(r.notice.references.filter((x) => x.kind === "law").map((x) => x.target)).toEqual(["新余市绿色建筑管理办法", "中华人民共和国节约能源法", "公共机构节能条例", "民用建筑节能条例"]);
    expect(r.coverage.ratio).toBe(1);
  });
});

describe("three web copies of 2013-11 notice 2 (商务部 海关总署公告2013年第2号)", () => {
  it("starting with its body: issuers from the signature, id from issuers + signing date, collapsed date warned, clutter as noise", () => {
    const r = parse("web", "notice-2-body-first");
    expect(r.notice).toMatchObject({ id: "mofcom-gacc-20130107", signingDates: ["2013-01-07"], number: null, titleDerived: true });
    expect(r.notice.issuers.map((i) => i.code)).toEqual(["mofcom", "gacc"]);
    expect(r.warnings.find((w) => w.code === "collapsed-date")).toMatchObject({ line: 1, message: '"2013115日" lost its 年/月: kept as printed, no date read from it' });
    expect(r.warnings.filter((w) => w.code === "source-noise").map((w) => w.line)).toEqual([20, 21]);
    expect(r.coverage).toMatchObject({ ratio: 1, unmappedLines: [] });
  });

  it("with a 【發布單位】 traditional header: number from 【發布文號】, 发布日期 kept as metadata, signed 二○一三年一月七日", () => {
    const r = parse("web", "notice-2-fabu-header");
    expect(r.notice).toMatchObject({ id: "mofcom-gacc-2013-2", signingDates: ["2013-01-07"], number: { year: 2013, number: 2, line: 2 } });
    expect(r.notice.sourceMetadata.find((m) => m.key === "发布日期")).toEqual({ key: "发布日期", value: "2013-01-10", line: 3, date: "2013-01-10" });
    expect(codes(r)).toEqual(["derived-title"]);
  });

  it("with a one-line title: same id, subject after --, 颁布时间 as metadata, no signing date printed ⇒ none", () => {
    const r = parse("web", "notice-2-one-line-title");
    expect(r.notice).toMatchObject({ id: "mofcom-gacc-2013-2", signingDates: [], subject: "自动进口许可证联网核查系统上线运行", titleDerived: false });
    expect(r.notice.sourceMetadata.map((m) => [m.key, m.value, m.date])).toEqual([["颁布时间", "2013-01-10", "2013-01-10"], ["来源", "对外贸易司", null], ["浏览次数", "1024", null]]);
    expect(codes(r)).toEqual(["source-noise", "source-noise"]);
    expect(r.coverage.ratio).toBe(1);
  });
});

describe("tables in web copies", () => {
  it("reads a | table: rowspan carried down in clean cells, 其中 rows as children, wrong 合计 warned with row and both numbers, linked to 附件1", () => {
    const r = parse("web", "quota-table-wrong-total");
    const [table] = tables(r);
    if (table?.kind !== "table") throw new Error("no table");
    expect(table).toMatchObject({ printedAs: "pipe", attachment: "附件1", repeatedHeaderLines: [10] });
    expect(table.header.cells).toEqual(["省份", "企业名称", "配额(吨)"]);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[1]).toMatchObject({ cells: ["北京乙公司", "800"], clean: ["北京", "北京乙公司", "800"], carried: [0] });
    expect(table.rows.map((row) => row.parent ?? null)).toEqual([null, null, null, 2, 2, null]);
    expect(table.rows[5]?.total).toBe("total");
    expect(r.warnings).toEqual([{ line: 16, code: "total-mismatch", message: 'table p-4 row 6 (合计): column "配额(吨)" sums to 3000 but the row says 3100' }]);
    // The cited notice is a reference, never this notice's own number.
    expect(r.notice.number).toMatchObject({ year: 2011, number: 99 });
    expect(r.notice.references.find((x) => x.kind === "notice")).toMatchObject({ printed: "商务部、海关总署公告2010年第64号", target: "mofcom-gacc-2010-64", line: 3 });
  });

  it("reads a gazette TAB table: a province printed once carried down, 其中 rows as children, 小计 and 总计 that add up give no warning", () => {
    const r = parse(".", "tab-table-groups-and-totals");
    const [table] = tables(r);
    if (table?.kind !== "table") throw new Error("no table");
    expect(table).toMatchObject({ printedAs: "tab", attachment: "附件2" });
    expect(table.rows).toHaveLength(8);
    expect(table.rows[1]).toMatchObject({ cells: ["2", "", "包头乙稀土有限公司", "2000"], clean: ["2", "内蒙古", "包头乙稀土有限公司", "2000"], carried: [1] });
    expect(table.rows.map((row) => row.parent ?? null)).toEqual([null, null, null, null, 3, 3, null, null]);
    expect(table.rows.map((row) => row.total ?? null)).toEqual([null, null, "subtotal", null, null, null, "subtotal", "total"]);
    expect(r.warnings).toEqual([]);
    expect(r.notice).toMatchObject({ id: "mofcom-2012-98", signingDates: ["2012-12-28"] });
  });

  it("keeps a date alone at the top of a copy (05/17/2013) as the page's date, never the signing date", () => {
    const r = parseStandaloneNotice("商务部公告2013年第30号\n05/17/2013\n现将有关事项公告如下。\n", { file: "d.txt" });
    expect(r.notice.signingDates).toEqual([]);
    expect(r.notice.sourceMetadata).toEqual([{ key: "页面日期", value: "05/17/2013", line: 2, date: "2013-05-17" }]);
  });

  it("rejects a text that is no notice", () => {
    const text = "记者从商务部获悉，自动进口许可证联网核查系统将于近日上线。\n业内人士表示，此举将提高通关效率。\n";
    expect(() => parseStandaloneNotice(text, { file: "news.txt" })).toThrow(ParseError);
    expect(() => parseStandaloneNotice(text, { file: "news.txt" })).toThrow(/reads as a report or web page, not a notice/);
    // A headline that ends like a document does not make a news report a notice.
    const report = "商务部 海关总署联合发布自动进口许可证联网核查公告\n\n记者从商务部获悉，商务部、海关总署日前发布2013年第2号公告，系统将于1月15日上线。\n";
    expect(() => parseStandaloneNotice(report, { file: "report.txt" })).toThrow(new ParseError("report.txt", 1, 'expected a notice title line (issuing body followed by 公告, or "…关于…的通知"), a number, a 文号 or a signature; found none, so this reads as a report or web page, not a notice: "商务部 海关总署联合发布自动进口许可证联网核查公告"'));
  });
});
