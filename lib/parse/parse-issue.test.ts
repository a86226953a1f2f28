import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";

const seedPath = path.resolve(import.meta.dirname, "../../content/2013-11/gazette.zh.txt");
const seed = fs.readFileSync(seedPath, "utf8");
const parsed = parseIssue(seed, { file: "content/2013-11/gazette.zh.txt" });
const notice = (id: string) => {
  const n = parsed.notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id}`);
  return n;
};
const lineOf = (needle: string, from = 0) => seed.split("\n").findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe("seed issue 2013 No. 11 (series 808)", () => {
  it("reads the cover", () => {
    expect(parsed.issue).toEqual({
      slug: "2013-11", year: 2013, number: 11, series: 808, publishedOn: "2013-02-13",
      titleZh: "中国对外经济贸易文告", titleEn: "CHINA FOREIGN TRADE AND ECONOMIC COOPERATION GAZETTE",
      publisherZh: "商务部办公厅", publisherEn: "General Office of MOFCOM", supervisorZh: "中华人民共和国商务部",
      website: "http://www.mofcom.gov.cn",
    });
  });

  it("reads 7 contents entries in both languages with pages", () => {
    expect(parsed.contents).toHaveLength(7);
    expect(parsed.contents.map((c) => c.page)).toEqual([3, 5, 5, 6, 8, 9, 10]);
    expect(parsed.contents[2]?.titleZh).toBe("中华人民共和国商务部公告 2013 年第 3 号,关于赋予企业成品油和原油批发、仓储经营资格及注销企业成品油批发经营资格的公告");
    expect(parsed.contents[2]?.titleEn).toBe("Announcement No. 3, 2013 of the Ministry of Commerce of the People's Republic of China");
  });

  it("finds the 7 notices with stable ids, kinds, issuers, numbers and ISO dates", () => {
    expect(parsed.notices.map((n) => [n.id, n.kind, n.issuers.map((i) => i.code).join("+"), n.signingDates.join(",")])).toEqual([
      ["mofcom-2013-1", "announcement", "mofcom", "2013-01-04"],
      ["mofcom-gacc-2013-2", "announcement", "mofcom+gacc", "2013-01-07"],
      ["mofcom-2013-3", "announcement", "mofcom", "2013-01-08"],
      ["miit-2012-64", "announcement", "miit", "2012-12-21"],
      ["sfda-2013-1", "announcement", "sfda", "2013-01-04"],
      ["gacc-2013-2", "announcement", "gacc", "2013-01-07"],
      ["mofcom-ndrc-2012-431", "circular", "mofcom+ndrc", "2012-12-14"],
    ]);
    expect(notice("miit-2012-64").number).toMatchObject({ year: 2012, number: 64 });
    expect(notice("mofcom-ndrc-2012-431").documentNumber).toMatchObject({ text: "商服贸发〔2012〕431号", prefix: "商服贸发", year: 2012, number: 431 });
    expect(notice("mofcom-ndrc-2012-431").issuers.map((i) => i.nameEn)).toEqual([
      "Ministry of Commerce of the People's Republic of China",
      "National Development and Reform Commission",
    ]);
    expect(notice("sfda-2013-1").subject).toBe("关于进一步规范境外医疗器械暂缓检测工作的公告");
    expect(notice("miit-2012-64").sourceNote).toBe("工业和信息化部");
    expect(notice("gacc-2013-2").sourceNote).toBe("海关总署");
    expect(notice("mofcom-2013-1").attachments).toEqual([{ title: "51项国内贸易行业标准编号、名称及实施日期", blockId: "p-4", line: 59 }]);
    expect(notice("miit-2012-64").attachments[0]?.title).toBe("合成氨行业准入条件");
    expect(notice("mofcom-2013-3").titleEn).toBe("Announcement No. 3, 2013 of the Ministry of Commerce of the People's Republic of China");
  });

  it("gives every block an id unique within its notice, in reading order", () => {
    for (const n of parsed.notices) {
      expect(n.blocks.map((b) => b.id)).toEqual(n.blocks.map((_, i) => `p-${i + 1}`));
    }
    expect(notice("mofcom-ndrc-2012-431").blocks).toHaveLength(167);
  });

  it("lists all 51 standards with sequence, printed and normalised code, name and date", () => {
    expect(parsed.standards).toHaveLength(51);
    expect(parsed.standards.map((s) => s.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(parsed.standards[0]).toMatchObject({ code: "SB/T 10850—2012", codeNormalized: "SB/T 10850-2012", nameZh: "区域性大型再生资源回收利用基地建设管理规范", effectiveDate: "2013-07-01" });
    expect(parsed.standards[21]).toMatchObject({ seq: 22, codeNormalized: "SB/T 10870.1-2012", nameZh: "农产品产地集配中心建设规范" });
    expect(parsed.standards[38]).toMatchObject({ seq: 39, codeNormalized: "SB/T 10885-2012", nameZh: "香蕉流通规范" });
    expect(parsed.standards[50]).toMatchObject({ seq: 51, code: "SB/T 10539.2—2012", nameZh: "动产典当操作技术规范 第2部分：机动车典当" });
    expect(new Set(parsed.standards.map((s) => s.effectiveDate))).toEqual(new Set(["2013-07-01"]));
  });

  it("records 44 licensing decisions with the companies at both ends of each list", () => {
    const d = parsed.licensingDecisions;
    expect(d).toHaveLength(44);
    const group = (kind: string, action: string) => d.filter((x) => x.licenceKind === kind && x.action === action).map((x) => x.company);
    const wholesale = group("product-oil-wholesale", "grant");
    const storage = group("product-oil-storage", "grant");
    const crude = group("crude-oil-storage", "grant");
    // 注销 is cancellation (Administrative Licensing Law Art. 70), not revocation: issue 15.
    const cancelled = group("product-oil-wholesale", "cancel");
    expect([wholesale.length, storage.length, crude.length, cancelled.length]).toEqual([10, 3, 2, 29]);
    expect(d.filter((x) => x.action === "revoke")).toEqual([]);
    expect([wholesale[0], wholesale[9]]).toEqual(["中国石油天然气股份有限公司西北销售广西分公司", "河南辰泰石油化工有限公司"]);
    expect([storage[0], storage[2]]).toEqual(["蓬莱安邦油港有限公司", "湖南鸿发石油化工有限公司"]);
    expect(crude).toEqual(["浙江天禄能源有限公司", "舟山中际化工有限公司"]);
    // The cancellation list is broken by a page break after 新欧亚实业发展公司、 (lines 159/161).
    expect([cancelled[0], cancelled[1], cancelled[2], cancelled[28]]).toEqual([
      "中国石油新疆销售分公司吐鲁番地区石油公司", "中国石油新疆石油总公司新欧亚实业发展公司",
      "中国石油新疆石油总公司鄯善县石油公司", "中国石油天然气股份有限公司鹤壁分公司",
    ]);
  });

  it("reads the outsourcing plan: 7 chapters, targets, 21 cities, glossary with tables", () => {
    expect(parsed.plans).toHaveLength(1);
    const plan = parsed.plans[0];
    if (!plan) throw new Error("no plan");
    expect(plan).toMatchObject({ noticeId: "mofcom-ndrc-2012-431", periodStart: 2011, periodEnd: 2015 });
    const chapters = plan.outline.filter((o) => o.level === 1 && o.numbering);
    expect(chapters.map((c) => c.title)).toEqual(["发展回顾", "发展环境", "发展目标", "重点领域", "重点区域", "重点任务", "保障措施"]);
    expect(plan.outline).toHaveLength(37);
    expect(plan.outline.every((o) => o.blockId !== null)).toBe(true);
    expect(plan.targets.find((t) => t.value === 850)).toMatchObject({ unit: "亿美元", targetYear: 2015, measure: "承接离岸外包业务执行额", comparator: "equal" });
    expect(plan.targets.find((t) => t.unit === "%" && t.value === 40)).toMatchObject({ comparator: "approx", measure: "承接离岸外包业务执行额年均增幅" });
    expect(plan.targets.find((t) => t.value === 450)).toMatchObject({ unit: "万人", comparator: "more-than", measure: "产业从业人员总数", targetYear: 2015 });
    expect(plan.targets.find((t) => t.valueMax === 2)).toMatchObject({ value: 1, unit: "家", measure: "打造全球服务外包交易中心" });
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["40%", "850亿美元", "28%", "80家", "3000个", "1500家", "250万人", "180万人", "450万人", "200万人次", "1家"]);
    expect(plan.cities).toHaveLength(21);
    expect([plan.cities[0]?.name, plan.cities[20]?.name]).toEqual(["北京", "厦门"]);
    expect(plan.glossary.map((g) => g.term)).toEqual([
      "服务外包", "技术先进型服务企业", "信息技术外包", "业务流程外包", "知识流程服务外包", "国际服务外包主要业务范围", "服务外包示范城市", "服务外包企业六类国际资质认证",
    ]);
    const scope = plan.glossary[5];
    const n7 = notice("mofcom-ndrc-2012-431");
    const tables = n7.blocks.filter((b) => scope?.blockIds.includes(b.id) && b.kind === "table");
    expect(tables).toHaveLength(5);
  });

  it("accounts for every non-blank line", () => {
    expect(parsed.coverage).toMatchObject({ sourceLines: 459, mappedLines: 459, unmappedLines: [], ratio: 1 });
    expect(parsed.warnings.filter((w) => w.code === "unmapped-line")).toEqual([]);
  });

  it("reports source discrepancies as warnings", () => {
    expect(parsed.warnings).toContainEqual({
      line: 46,
      code: "english-contents-discrepancy",
      message: 'English contents say "No. 64, 2011" but the notice is numbered 2012年第64号 (line 168)',
    });
    const stray = parsed.warnings.filter((w) => w.code === "stray-latin-word").map((w) => w.line);
    // Block start lines: the first " and " sits on line 234, the continuation of the paragraph at 232.
    expect(stray).toEqual([232, lineOf("产生量 and"), lineOf("备案 and"), lineOf("国家 and 行业")]);
    expect(lineOf("要求 and 主要")).toBe(234);
    expect(parsed.warnings.filter((w) => !["stray-latin-word", "english-contents-discrepancy"].includes(w.code))).toEqual([]);
  });

  it("keeps block text as printed and parses the same text to the same ids", () => {
    const again = parseIssue(seed, { file: "x" });
    expect(again.notices.map((n) => n.blocks.map((b) => `${n.id}#${b.id}:${b.text}`))).toEqual(parsed.notices.map((n) => n.blocks.map((b) => `${n.id}#${b.id}:${b.text}`)));
    const p = notice("sfda-2013-1").blocks.find((b) => b.lines.start === 278);
    expect(p?.text).toBe("近期,国家食品药品监督管理局对2008~2012年期间获准暂缓检测的境外医疗器械暂缓检测情况进行了核查,发现部分境外医疗器械生产企业对法规要求理解不足,存在补充检测不规范现象。为进一步加强和规范境外医疗器械暂缓检测工作,现就有关事项公告如下:");
    expect(p?.lines).toEqual({ start: 278, end: 280 });
  });
});

describe("rejected issue input", () => {
  it("names the line of a standards row without a date", () => {
    const line = lineOf("SB/T 10358—2012");
    const broken = seed.replace("SB/T 10358—2012\t专业性展览会等级的划分及评定\t2013年7月1日", "SB/T 10358—2012\t专业性展览会等级的划分及评定\t七月");
    expect(() => parseIssue(broken, { file: "f.txt" })).toThrow(new ParseError("f.txt", line, 'standards table: expected an effective date like "2013年7月1日", found "七月"'));
  });

  it("names the cover when it is missing", () => {
    const err = (() => { try { parseIssue("目 录\n\n1. 某公告 (3)\n", { file: "c.txt" }); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(ParseError);
    expect(err).toMatchObject({ file: "c.txt", line: 1 });
  });

  it("rejects an empty text", () => {
    expect(() => parseIssue("\n \n", { file: "e.txt" })).toThrow(/empty file/);
  });
});
