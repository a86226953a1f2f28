import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource } from "@/lib/parse/decode";
import { ParseError } from "@/lib/parse/errors";
import { parseStandaloneNotice } from "@/lib/parse/parse-notice";

const fixture = (name: string) => {
  const file = path.join(import.meta.dirname, "__fixtures__", name);
  return parseStandaloneNotice(decodeSource(fs.readFileSync(file), name), { file: name });
};
const failure = (name: string): ParseError => {
  try {
    fixture(name);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`${name} parsed without error`);
};

describe("repairs of PDF extraction damage", () => {
  it("joins a paragraph split by a page break, also inside a number (30 | 亿美元), but not after a finished line", () => {
    const { notice, coverage } = fixture("page-break-splits-paragraph.txt");
    const texts = notice.blocks.map((b) => b.text);
    expect(texts[0]).toBe("为促进对外贸易稳定增长，提高通关效率，规范加工贸易深加工结转管理，现就有关事宜公告如下：");
    expect(notice.blocks[0]?.lines).toEqual({ start: 5, end: 7 });
    expect(texts[1]).toBe("一、企业应当在2013 年 6 月 1 日前完成备案，备案金额达到 30亿美元的，应当另行报告。");
    // A line ending in a phone number is finished; the next contact line is its own paragraph.
    expect(texts[2]).toBe("联系电话:010-84095464");
    expect(texts[3]).toBe("中国电子口岸数据中心联系方式:");
    expect(notice.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "signature"]);
    expect(coverage.ratio).toBe(1);
  });

  it("merges a table split by a page break and drops the repeated header row", () => {
    const { notice, standards, coverage } = fixture("table-header-repeats-after-page-break.txt");
    const table = notice.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.rows.map((r) => r.cells[0])).toEqual(["1", "2", "3"]);
    expect(table.repeatedHeaderLines).toEqual([18]);
    expect(standards.map((s) => [s.seq, s.codeNormalized, s.nameZh])).toEqual([
      [1, "SB/T 10850-2012", "区域性大型再生资源回收利用基地建设管理规范"],
      [2, "SB/T 10851-2012", "会议中心运营服务规范"],
      [3, "SB/T 10539.2-2012", "动产典当操作技术规范 第2部分：机动车典当"],
    ]);
    expect(coverage.unmappedLines).toEqual([]);
  });

  it("repairs a cell continued on the next page and stray spaces inside CJK cells; reads a one-column table", () => {
    const { notice } = fixture("table-cell-continues-on-next-page.txt");
    const tables = notice.blocks.filter((b) => b.kind === "table");
    const [two, one] = tables;
    if (two?.kind !== "table" || one?.kind !== "table") throw new Error("expected two tables");
    expect(two.rows).toHaveLength(2);
    expect(two.rows[0]?.cells[1]).toBe("为客户企业提供应用客户分析、数据库管理等服务。主要 包括金融服务业务和生命科学、零售和批发与运输业务等");
    expect(two.rows[0]?.clean).toEqual(["企业运营数据库服务", "为客户企业提供应用客户分析、数据库管理等服务。主要包括金融服务业务和生命科学、零售和批发与运输业务等"]);
    expect(two.rows[0]?.lines).toEqual({ start: 8, end: 10 });
    expect(two.rows[1]?.clean[0]).toBe("信息系统运营和维护服务");
    expect(one.header.cells).toEqual(["适用范围"]);
    expect(one.rows.map((r) => r.cells)).toEqual([["知识产权研究、工程设计等领域"]]);
  });
});

describe("input variants a notice copied from elsewhere may have", () => {
  it("takes traditional characters, CRLF, ASCII punctuation and Chinese-numeral dates", () => {
    const { notice } = fixture("traditional-crlf-ascii-punctuation.txt");
    expect(notice.id).toBe("gacc-2013-2");
    expect(notice.number).toMatchObject({ year: 2013, number: 2, text: "二〇一三年第二號" });
    expect(notice.signingDates).toEqual(["2013-01-07"]);
    expect(notice.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "signature"]);
    expect(notice.blocks[0]?.text).toBe("為促進對外貿易穩定增長(提高通關效率),現就有關事宜公告如下:");
  });

  it("leaves the date absent when the signature has none (BOM, spaced 公 告)", () => {
    const { notice } = fixture("missing-date.txt");
    expect(notice.id).toBe("sfda-2013-1");
    expect(notice.subject).toBe("关于进一步规范境外医疗器械暂缓检测工作的公告");
    expect(notice.signingDates).toEqual([]);
    const sig = notice.blocks[notice.blocks.length - 1];
    expect(sig).toMatchObject({ kind: "signature", signers: ["国家食品药品监督管理局"], date: null, dateText: null });
  });

  it("takes a notice without a signature", () => {
    const { notice } = fixture("missing-signature.txt");
    expect(notice.signingDates).toEqual([]);
    expect(notice.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });
});

describe("rejected notice input", () => {
  it("names the line of a malformed number", () => {
    expect(failure("bad-number.txt")).toMatchObject({ line: 3, message: 'expected the announcement number after the title (e.g. "2013年 第1号"), found "二〇一三年第X号"' });
  });
  it("names the first line when there is no notice title", () => {
    expect(failure("not-a-notice.txt").line).toBe(1);
    expect(failure("not-a-notice.txt").message).toMatch(/^expected a notice title line/);
  });
  it("rejects a blank file", () => {
    expect(failure("blank.txt").message).toMatch(/^empty file/);
  });
  it("rejects invalid UTF-8 with the line of the first bad byte", () => {
    expect(failure("invalid-utf8.txt")).toMatchObject({ line: 3, message: "invalid UTF-8: the file must be UTF-8 encoded text" });
  });
});

describe("licensing decisions: the verb decides the action (issue 15)", () => {
  // Administrative Licensing Law: 注销 cancellation (Art. 70), 撤销 revocation (Art. 69), 吊销 revocation as a penalty.
  const NOTICE = `中华人民共和国商务部 公告

2013年 第8号

一、赋予甲方石油有限公司成品油批发经营资格。
二、注销乙方石油有限公司成品油批发经营资格。
三、撤销丙方石油有限公司原油仓储经营资格。
四、吊销丁方石油有限公司成品油仓储经营资格。
五、取消戊方石油有限公司原油批发经营资格。
六、註銷己方石油有限公司成品油批發經營資格。

中华人民共和国商务部
2013年1月4日
`;

  it("maps 赋予 to grant, 注销/取消 to cancel and 撤销/吊销 to revoke, in traditional characters too", () => {
    const { licensingDecisions } = parseStandaloneNotice(NOTICE, { file: "verbs.txt" });
    expect(licensingDecisions.map((d) => [d.company, d.action, d.licenceKind])).toEqual([
      ["甲方石油有限公司", "grant", "product-oil-wholesale"],
      ["乙方石油有限公司", "cancel", "product-oil-wholesale"],
      ["丙方石油有限公司", "revoke", "crude-oil-storage"],
      ["丁方石油有限公司", "revoke", "product-oil-storage"],
      ["戊方石油有限公司", "cancel", "crude-oil-wholesale"],
      ["己方石油有限公司", "cancel", "product-oil-wholesale"],
    ]);
  });
});
