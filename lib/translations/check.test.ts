import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import { parseStandaloneNotice } from "@/lib/parse/parse-notice";
import { parsedIssueSchema, type ParsedIssue } from "@/lib/schema/parsed-issue";
import { checkTranslation, type Problem } from "@/lib/translations/check";
import { termBaseSchema, translationFileSchema, type TermBase, type TranslationFile } from "@/lib/translations/schema";
import { sourceHash } from "@/lib/translations/source-hash";
import type { SpellingLexicon } from "@/lib/translations/spelling";
import { missingFacts } from "@/lib/translations/text-facts";

// A one-notice issue small enough to read: a paragraph with an amount in 亿, a percentage, 万人
// and a date; a signature; a standards table with codes and dates.
const NOTICE = `中华人民共和国商务部 公告

2013年 第8号

为规范成品油市场，商务部决定自2013年1月15日起实施，离岸业务力争达到 30亿美元，年均增长 40%，培训 86.9 万人。

附件:2项国内贸易行业标准

中华人民共和国商务部
2013年1月4日

附件

2项国内贸易行业标准

序号\t标准编号\t标准名称\t实施日期
1\tSB/T 10850—2012\t区域性大型再生资源回收利用基地建设管理规范\t2013年7月1日
2\tSB/T 10851—2012\t会议中心运营服务规范\t2013年7月1日
`;

function tinyIssue(): ParsedIssue {
  const { notice, standards, licensingDecisions, coverage, warnings } = parseStandaloneNotice(NOTICE, { file: "tiny.txt" });
  return parsedIssueSchema.parse({
    issue: {
      slug: "2013-99", year: 2013, number: 99, series: 900, publishedOn: "2013-02-13",
      titleZh: "中国对外经济贸易文告", titleEn: "CHINA FOREIGN TRADE AND ECONOMIC COOPERATION GAZETTE",
      publisherZh: "商务部办公厅", publisherEn: null, supervisorZh: null, website: null,
    },
    contents: [{ position: 1, titleZh: notice.titleZh, titleEn: null, page: null, lineZh: 1, lineEn: null, noticeId: notice.id }],
    notices: [notice],
    standards,
    licensingDecisions,
    plans: [],
    frontMatter: [{ lines: { start: 1, end: 1 }, text: "中国对外经济贸易文告", role: "title-zh" }],
    backMatter: [],
    coverage,
    warnings,
  });
}

const parsed = tinyIssue();
const notice = parsed.notices[0];
if (!notice) throw new Error("the tiny issue has no notice");
const hashOf = (blockId: string) => sourceHash(notice.blocks.find((b) => b.id === blockId)?.text ?? "");

const termBase: TermBase = termBaseSchema.parse({
  terms: [
    { zh: "成品油", en: "refined oil products" },
    { zh: "国内贸易行业标准", en: "domestic trade industry standard" },
    { zh: "附件", en: "Attachment" },
    { zh: "商务部", en: "Ministry of Commerce", abbr: ["MOFCOM"] },
  ],
});

/** A correct translation of the tiny issue; each test breaks one thing in a fresh copy. */
function goodTranslation(): TranslationFile {
  return translationFileSchema.parse({
    issue: "2013-99",
    language: "en",
    provenance: "test fixture",
    matter: [{ zh: "中国对外经济贸易文告", en: "China Foreign Trade and Economic Cooperation Gazette" }],
    contents: [{ position: 1, en: "Announcement No. 8 of 2013 of the Ministry of Commerce of the People's Republic of China" }],
    notices: {
      "mofcom-2013-8": {
        title: "Announcement No. 8 of 2013 of the Ministry of Commerce of the People's Republic of China",
        header: "Announcement of the Ministry of Commerce of the People's Republic of China",
        number: "No. 8 of 2013",
        subject: null,
        sourceNote: null,
        blocks: {
          "p-1": {
            source: hashOf("p-1"),
            text: "To regulate the refined oil products market, the Ministry of Commerce has decided to implement this as of January 15, 2013; offshore business shall strive to reach US$3 billion, with average annual growth of 40%, and 869,000 people shall be trained.",
          },
          "p-2": { source: hashOf("p-2"), text: "Attachment: Two Domestic Trade Industry Standards" },
          "p-3": { source: hashOf("p-3"), text: "Ministry of Commerce of the People's Republic of China\nJanuary 4, 2013" },
          "p-4": { source: hashOf("p-4"), text: "Attachment" },
          "p-5": { source: hashOf("p-5"), text: "2 Domestic Trade Industry Standards" },
          "p-6": {
            source: hashOf("p-6"),
            caption: null,
            header: ["No.", "Standard Code", "Standard Name", "Effective Date"],
            rows: [
              ["1", "SB/T 10850-2012", "Specification for the Construction and Management of Large Regional Recycling Bases", "July 1, 2013"],
              ["2", "SB/T 10851—2012", "Specification for Conference Centre Operation Services", "July 1, 2013"],
            ],
          },
        },
      },
    },
    outline: [],
    records: { companies: [], licenceKinds: [], issuers: [], cities: [], glossaryTerms: [], targets: [] },
    alsoKnownAs: [],
  });
}

function textOf(file: TranslationFile, blockId: string): string {
  const entry = file.notices["mofcom-2013-8"]?.blocks[blockId];
  if (!entry || !("text" in entry)) throw new Error(`${blockId} is not a text entry`);
  return entry.text;
}

/** Replaces `from` with `to` in a text block's English; the fixture must contain `from`. */
function edit(file: TranslationFile, blockId: string, from: string, to: string): TranslationFile {
  const entry = file.notices["mofcom-2013-8"]?.blocks[blockId];
  if (!entry || !("text" in entry) || !entry.text.includes(from)) throw new Error(`${blockId} has no "${from}"`);
  entry.text = entry.text.replace(from, to);
  return file;
}

function table(file: TranslationFile) {
  const entry = file.notices["mofcom-2013-8"]?.blocks["p-6"];
  if (!entry || !("rows" in entry)) throw new Error("p-6 is not a table entry");
  return entry;
}

const check = (file: TranslationFile) => checkTranslation(parsed, file, termBase);
const kinds = (problems: Problem[]) => problems.map((p) => `${p.kind} ${p.noticeId}#${p.blockId}`);

describe("checkTranslation on a tiny issue", () => {
  it("passes a correct translation, with full coverage", () => {
    const { problems, coverage } = check(goodTranslation());
    expect(problems).toEqual([]);
    expect(coverage).toEqual([{ noticeId: "mofcom-2013-8", translated: 6, total: 6 }]);
  });

  it("missing: a block without English, and a table row with too few cells", () => {
    const file = goodTranslation();
    delete file.notices["mofcom-2013-8"]?.blocks["p-4"];
    table(file).rows[1] = ["2", "SB/T 10851-2012", "Specification for Conference Centre Operation Services"];
    const { problems, coverage } = check(file);
    expect(kinds(problems)).toEqual(["missing mofcom-2013-8#p-4", "missing mofcom-2013-8#p-6"]);
    expect(problems[1]?.message).toBe("row 2 has 3 English cells, the Chinese has 4");
    expect(coverage).toEqual([{ noticeId: "mofcom-2013-8", translated: 4, total: 6 }]);
  });

  it("missing: the notice number, a contents title, a Chinese matter line", () => {
    const file = goodTranslation();
    const t = file.notices["mofcom-2013-8"];
    if (t) t.number = null;
    file.contents = [];
    file.matter = [];
    expect(kinds(check(file).problems)).toEqual(["missing mofcom-2013-8#number", "missing mofcom-2013-8#contents", "missing 2013-99#matter"]);
  });

  it("missing: English that is still Chinese", () => {
    const file = edit(goodTranslation(), "p-4", "Attachment", "Attachment 附件");
    expect(kinds(check(file).problems)).toEqual(["missing mofcom-2013-8#p-4"]);
  });

  it("orphan: a block, a notice and a table row the Chinese does not have", () => {
    const file = goodTranslation();
    const t = file.notices["mofcom-2013-8"];
    if (t) t.blocks["p-7"] = { source: hashOf("p-4"), text: "Attachment" };
    file.notices["mofcom-2013-9"] = { title: "Announcement No. 9 of 2013", header: null, number: null, subject: null, sourceNote: null, blocks: {} };
    table(file).rows.push(["3", "SB/T 10539.2-2012", "Pawning of Motor Vehicles", "July 1, 2013"]);
    const { problems, coverage } = check(file);
    expect(kinds(problems)).toEqual(["orphan mofcom-2013-8#p-6", "orphan mofcom-2013-8#p-7", "orphan mofcom-2013-9#null"]);
    expect(coverage[0]?.translated).toBe(5);
  });

  it("stale: English made from other Chinese", () => {
    const file = goodTranslation();
    const entry = file.notices["mofcom-2013-8"]?.blocks["p-1"];
    if (entry) entry.source = sourceHash("为规范成品油市场，商务部决定自2013年1月16日起实施。");
    const { problems, coverage } = check(file);
    expect(kinds(problems)).toEqual(["stale mofcom-2013-8#p-1"]);
    expect(coverage[0]?.translated).toBe(5);
  });

  it("number: a wrong 亿 amount, a wrong 万 amount, a wrong percentage", () => {
    const file = edit(edit(edit(goodTranslation(), "p-1", "US$3 billion", "US$30 billion"), "p-1", "869,000", "86,900"), "p-1", "40%", "4%");
    const { problems } = check(file);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([
      "number: 40% not in the English as 40%",
      "number: 30亿 (3,000,000,000) not in the English",
      "number: 86.9 万 (869,000) not in the English",
    ]);
  });

  it("date: a signature date and an effective date that differ from the Chinese", () => {
    const file = edit(goodTranslation(), "p-3", "January 4, 2013", "January 14, 2013");
    const row = table(file).rows[0];
    if (row) row[3] = "June 1, 2013";
    const { problems } = check(file);
    expect(problems.map((p) => `${p.kind} ${p.blockId}: ${p.message}`)).toEqual([
      "date p-3: 2013年1月4日 (2013-01-04) not in the English as a date like January 4, 2013",
      "date p-6: row 1, cell 4: 2013年7月1日 (2013-07-01) not in the English as a date like July 1, 2013",
    ]);
  });

  it("code: a mistyped standard code and a wrong notice number", () => {
    const file = goodTranslation();
    const row = table(file).rows[0];
    if (row) row[1] = "SB/T 10805-2012";
    const t = file.notices["mofcom-2013-8"];
    if (t) t.number = "No. 9 of 2013";
    const { problems } = check(file);
    expect(problems.map((p) => `${p.kind} ${p.blockId}: ${p.message}`)).toEqual([
      "code number: number 2013年 第8号 not in the English as No. 8 of 2013",
      "code p-6: row 1, cell 2: SB/T 10850-2012 not in the English",
    ]);
  });

  it("term: a term-base term rendered otherwise", () => {
    const file = edit(goodTranslation(), "p-1", "refined oil products market", "finished oil market");
    const { problems } = check(file);
    expect(problems).toEqual([
      { kind: "term", noticeId: "mofcom-2013-8", blockId: "p-1", message: '成品油 → "refined oil products" not in the English' },
    ]);
  });

  it("term: accepts a variant, and leaves an occurrence inside a longer term to that term", () => {
    const file = edit(goodTranslation(), "p-1", "the Ministry of Commerce has", "MOFCOM has");
    expect(check(file).problems).toEqual([]);
    // 中华人民共和国商务部 is its own term here: its English need not also say "MOFCOM".
    const longer = termBaseSchema.parse({ terms: [...termBase.terms, { zh: "中华人民共和国商务部", en: "MOFCOM of the PRC" }] });
    const problems = checkTranslation(parsed, goodTranslation(), longer).problems;
    expect(kinds(problems)).toEqual([
      "term mofcom-2013-8#title",
      "term mofcom-2013-8#header",
      "term mofcom-2013-8#p-3",
      "term mofcom-2013-8#contents",
    ]);
    expect(problems.every((p) => p.message === '中华人民共和国商务部 → "MOFCOM of the PRC" not in the English')).toBe(true);
  });

  it("consistency: the same Chinese title in the contents and the notice with different English", () => {
    const file = goodTranslation();
    file.contents = [{ position: 1, en: "Announcement No. 8, 2013 of the Ministry of Commerce of the People's Republic of China" }];
    expect(check(file).problems).toEqual([
      {
        kind: "consistency",
        noticeId: "mofcom-2013-8",
        blockId: "contents",
        message:
          "\"中华人民共和国商务部公告2013年第8号\" is \"…cement No. 8, 2013 of the Ministry of Commerce of …\" here but \"…cement No. 8 of 2013 of the Ministry of Commerce o…\" at mofcom-2013-8#title: the same Chinese needs the same English",
      },
    ]);
  });

  it("consistency: a term written in two renderings, though both are accepted forms", () => {
    // A second rendering slipped into `accept`: each place passes the term check, the file as a whole does not.
    const loose = termBaseSchema.parse({
      terms: termBase.terms.map((t) => (t.zh === "国内贸易行业标准" ? { ...t, accept: ["internal trade industry standard"] } : t)),
    });
    const file = edit(goodTranslation(), "p-5", "2 Domestic Trade Industry Standards", "2 Internal Trade Industry Standards");
    expect(checkTranslation(parsed, file, loose).problems).toEqual([
      {
        kind: "consistency",
        noticeId: "mofcom-2013-8",
        blockId: "p-5",
        message:
          '国内贸易行业标准 is "internal trade industry standard" here (1×) but "domestic trade industry standard" elsewhere (1×, first at mofcom-2013-8#p-2): a term has one English form',
      },
    ]);
    // A plural is the same form: the correct file (Standards, standard) passes with the loose base too.
    expect(checkTranslation(parsed, goodTranslation(), loose).problems).toEqual([]);
  });

  it("spelling: US spellings in the archive's English, with the house form, once per piece of text", () => {
    const us = new Map([
      ["optimize", "optimise"],
      ["Center", "Centre"],
      ["License", "Licence"],
    ]);
    const lexicon: SpellingLexicon = { britishFor: (word) => us.get(word) ?? null };
    expect(checkTranslation(parsed, goodTranslation(), termBase, lexicon).problems).toEqual([]);

    const file = edit(goodTranslation(), "p-1", "To regulate", "To optimize and optimize again, to regulate");
    const row = table(file).rows[1];
    if (!row) throw new Error("the fixture table has no second row");
    row[2] = "Specification for Conference Center Operation Services";
    expect(checkTranslation(parsed, file, termBase, lexicon).problems).toEqual([
      { kind: "spelling", noticeId: "mofcom-2013-8", blockId: "p-1", message: 'US spelling "optimize": the archive\'s English spells it "optimise"' },
      { kind: "spelling", noticeId: "mofcom-2013-8", blockId: "p-6", message: 'row 2, cell 3: US spelling "Center": the archive\'s English spells it "Centre"' },
    ]);
  });

  it("spelling: an official name in the term base keeps its own spelling, only inside the name", () => {
    const lexicon: SpellingLexicon = { britishFor: (word) => (word === "License" ? "Licence" : null) };
    const named = termBaseSchema.parse({ terms: [...termBase.terms, { zh: "配额许可证事务局", en: "Quota and License Administrative Bureau" }] });
    const inside = edit(goodTranslation(), "p-1", "To regulate", "The Quota and License Administrative Bureau and others, to regulate");
    expect(checkTranslation(parsed, inside, named, lexicon).problems).toEqual([]);
    const outside = edit(goodTranslation(), "p-1", "To regulate", "With a License, to regulate");
    expect(kinds(checkTranslation(parsed, outside, named, lexicon).problems)).toEqual(["spelling mofcom-2013-8#p-1"]);
  });

  it("orphan: a translation file for another issue", () => {
    const file = goodTranslation();
    file.issue = "2013-12";
    expect(kinds(check(file).problems)).toEqual(["orphan 2013-99#null"]);
  });

  it("leaves the translation text untouched", () => {
    const file = goodTranslation();
    check(file);
    expect(textOf(file, "p-3")).toBe("Ministry of Commerce of the People's Republic of China\nJanuary 4, 2013");
  });
});

describe("missingFacts: what counts as the same number, date or code", () => {
  const ok = (zh: string, en: string) => expect(missingFacts(zh, en)).toEqual([]);
  const kindsOf = (zh: string, en: string) => missingFacts(zh, en).map((f) => f.kind);

  it("scales 万 and 亿 against English thousands separators, million and billion", () => {
    ok("国际（离岸）服务外包合同执行金额 301.3 亿美元", "US$30.13 billion");
    ok("2015年达到850亿美元", "reaching US$85 billion in 2015");
    ok("受训人数已达 86.9 万人", "869,000 trainees");
    ok("从业人员达到 232.8 万人，吸纳大学生就业 48.56 万人", "2.328 million people, 485,600 graduates");
    ok("服务外包企业超过 1 万家", "more than 10,000 enterprises");
    expect(kindsOf("达到850亿美元", "US$8.5 billion")).toEqual(["number"]);
  });

  it("reads English month names and number words zero to twenty as numbers", () => {
    ok("2013年1-6月为试运行期", "January to June 2013 is the trial period");
    ok("5年共吸纳就业", "over five years");
    ok("截至2011年1月份", "as of January 2011");
    ok("2008~2012年期间", "from 2008 to 2012");
  });

  it("requires full dates, spaced or not, as the same date in English", () => {
    ok("2013 年 1 月 4 日", "January 4, 2013");
    ok("自2009年1月1日起至2013年12月31日止", "from January 1, 2009 to December 31, 2013");
    expect(kindsOf("2013 年 6 月 1 日起", "from June 2013")).toEqual(["date"]);
  });

  it("treats —, – and - alike in codes and ignores their spacing", () => {
    ok("《取水定额第8部分:合成氨》(GB/T 18916.8—2006)", "Norm of Water Intake, Part 8: Synthetic Ammonia (GB/T 18916.8-2006)");
    ok("(GB21344)", "(GB 21344)");
    ok("SB/T 10850—2012", "SB/T 10850 – 2012");
    ok("国内统一刊号:CN11-4893/D", "China Standard Serial Number: CN11-4893/D");
    ok("(ISO27001/BS7799)", "(ISO27001/BS7799)");
    expect(kindsOf("GB21344", "GB2134")).toEqual(["code"]);
    expect(kindsOf("SB/T 10870.1—2012", "SB/T 10870-2012")).toEqual(["code"]);
    expect(kindsOf("包括 ISO27001", "including ISO 9001")).toEqual(["code"]);
  });

  it("reads document numbers as [year] No. n", () => {
    ok("商服贸发〔2012〕431号", "Shang Fu Mao Fa [2012] No. 431");
    ok("财税[2009]63号文", "Circular Cai Shui [2009] No. 63");
    expect(kindsOf("国办函[2009]9号", "Guo Ban Han [2009] No. 19")).toEqual(["code"]);
  });

  it("keeps phone numbers, URLs and e-mail addresses", () => {
    ok("网址:<http://www.licence.org.cn> 电话:010-84095464", "Website: <http://www.licence.org.cn> Tel.: 010-84095464");
    ok("电话:010-65198095,65198096", "Tel.: 010-65198095, 65198096");
    ok("Email:gazette@mofcom.gov.cn", "E-mail: gazette@mofcom.gov.cn");
    expect(kindsOf("电话:010-84095464", "Tel.: 010-84095646")).toEqual(["number"]);
    expect(kindsOf("网址:<http://www1.chinaport.gov.cn>", "Website: <http://www.chinaport.gov.cn>")).toEqual(["code"]);
  });

  it("does not ask for Chinese numerals, which may be words or digits", () => {
    ok("合成氨建设项目应在投产十二个月内达到", "within 12 months of going into production");
    ok("第十五条", "Article 15");
  });
});

// The real issue: once the lead's translation.en.json is in place it must pass cleanly.
const issueDir = path.resolve(import.meta.dirname, "../../content/2013-11");
const realTranslation = path.join(issueDir, "translation.en.json");
const termBaseFile = path.resolve(import.meta.dirname, "../../content/term-base.json");

describe.skipIf(!fs.existsSync(realTranslation))("the real issue 2013-11", () => {
  const real = parseIssue(fs.readFileSync(path.join(issueDir, "gazette.zh.txt"), "utf8"), { file: "content/2013-11/gazette.zh.txt" });
  const file = () => translationFileSchema.parse(JSON.parse(fs.readFileSync(realTranslation, "utf8")));
  const terms = termBaseSchema.parse(JSON.parse(fs.readFileSync(termBaseFile, "utf8")));

  it("has no problems and every block translated", () => {
    const { problems, coverage } = checkTranslation(real, file(), terms);
    expect(problems.map((p) => `${p.noticeId}#${p.blockId}: ${p.kind}: ${p.message}`)).toEqual([]);
    for (const c of coverage) expect(c.translated, c.noticeId).toBe(c.total);
  });

  it("catches a slip in the real English (US$85 billion → US$8.5 billion)", () => {
    const broken = file();
    const blocks = broken.notices["mofcom-ndrc-2012-431"]?.blocks ?? {};
    const [blockId, entry] = Object.entries(blocks).find(([, e]) => "text" in e && e.text.includes("US$85 billion")) ?? [];
    if (!blockId || !entry || !("text" in entry)) throw new Error("no block says US$85 billion");
    entry.text = entry.text.replace("US$85 billion", "US$8.5 billion");
    const problems = checkTranslation(real, broken, terms).problems.filter((p) => p.blockId === blockId);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual(["number: 850亿 (85,000,000,000) not in the English"]);
  });

  it("catches an outline entry whose English differs from the body heading with the same Chinese (issue 15)", () => {
    const broken = file();
    const entry = broken.outline.find((o) => o.noticeId === "mofcom-ndrc-2012-431" && o.en === "(II) Vigorously develop international markets.");
    if (!entry) throw new Error("no outline entry reads (II) Vigorously develop international markets.");
    entry.en = "(II) Vigorously explore international markets.";
    expect(checkTranslation(real, broken, terms).problems).toEqual([
      {
        kind: "consistency",
        noticeId: "mofcom-ndrc-2012-431",
        blockId: `outline-${entry.seq}`,
        message:
          '"(二)大力开拓国际市场" is "… Vigorously explore international markets." here but "… Vigorously develop international markets." at mofcom-ndrc-2012-431#p-102: the same Chinese needs the same English',
      },
    ]);
  });

  it("catches a variant of a term-base term (China's … demonstration cities)", () => {
    const broken = file();
    const blocks = broken.notices["mofcom-ndrc-2012-431"]?.blocks ?? {};
    const [blockId, entry] = Object.entries(blocks).find(([, e]) => "text" in e && e.text.includes("the China service outsourcing demonstration cities")) ?? [];
    if (!blockId || !entry || !("text" in entry)) throw new Error("no block names the China service outsourcing demonstration cities");
    entry.text = entry.text.replace("the China service outsourcing demonstration cities", "China's service outsourcing demonstration cities");
    expect(checkTranslation(real, broken, terms).problems.map((p) => `${p.noticeId}#${p.blockId}: ${p.kind}: ${p.message}`)).toEqual([
      `mofcom-ndrc-2012-431#${blockId}: term: 中国服务外包示范城市 → "China service outsourcing demonstration city" or "China service outsourcing demonstration cities" not in the English`,
    ]);
  });
});
