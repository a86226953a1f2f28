import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsedIssueSchema } from "@/lib/schema/parsed-issue";
import { ParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import { validateOutput } from "@/lib/parse/validate-output";

const seedPath = path.resolve(import.meta.dirname, "../../content/2013-11/gazette.zh.txt");
const seedBytes = fs.readFileSync(seedPath);
const seed = seedBytes.toString("utf8");
const lines = seed.split("\n");
const FILE = "gazette.zh.txt";

/** The ParseError `text` is refused with (fails the test when it is accepted). */
function refusal(text: string): ParseError {
  try {
    parseIssue(text, { file: FILE });
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("accepted");
}

const edited = (edit: (l: string[]) => void) => {
  const copy = [...lines];
  edit(copy);
  return copy.join("\n");
};

describe("the issue checked against its own contents (issue 9)", () => {
  it("refuses real cuts of the seed issue: 2,520 bytes, 45,000 bytes, the file twice", () => {
    expect(refusal(seedBytes.subarray(0, 2520).toString("utf8"))).toMatchObject({
      line: 24,
      message: 'contents entries 2, 3, 4, 5, 6, 7 have no notice in the body (first: "中华人民共和国商务部 中华人民共和国海关总署公告 2013 年第 2 号,关于自…"): is the file truncated, or a notice\'s title line damaged?',
    });
    // 45,000 bytes end inside notice 7; they also cut a UTF-8 sequence, so decode leniently as a viewer would.
    expect(refusal(new TextDecoder().decode(seedBytes.subarray(0, 45_000)))).toMatchObject({
      line: 517,
      message: "the text ends inside notice mofcom-ndrc-2012-431 (from line 320) without the gazette's closing 《中国对外经济贸易文告》简介: is the file truncated?",
    });
    expect(refusal(`${seed}${seed}`)).toMatchObject({
      line: 797,
      message: 'the cover title "中国对外经济贸易文告" (first at line 5) appears a second time: one file must hold one issue; is the file doubled?',
    });
  });

  it("names a notice printed twice", () => {
    const notice6 = lines.slice(301, 319);
    const text = edited((l) => l.splice(764, 0, ...notice6, ""));
    expect(refusal(text)).toMatchObject({ line: 765, message: 'notice gacc-2013-2 "中华人民共和国海关总署公告2013年第2号" repeats the notice at line 302: is the file doubled?' });
  });

  it("names a notice missing from the contents, and a contents entry listed twice", () => {
    expect(lines[27]).toMatch(/^6\. 中华人民共和国海关总署公告/);
    expect(refusal(edited((l) => l.splice(27, 1)))).toMatchObject({ line: 301, message: 'notice gacc-2013-2 "中华人民共和国海关总署公告2013年第2号" is not in the contents list' });
    expect(refusal(edited((l) => l.splice(24, 0, l[23] ?? "")))).toMatchObject({ line: 25, message: "contents entry 2 appears twice (first at line 24)" });
  });

  it("pairs a circular with its contents entry by title: a changed title is a mismatch", () => {
    expect(refusal(seed.replace("7. 商务部 发展改革委关于印发《中国国际服务外包产业发展规划纲要", "7. 商务部 发展改革委关于印发《中国国际服务贸易产业发展规划纲要"))).toMatchObject({ line: 29 });
  });

  it("refuses the contents list printed again after the front matter", () => {
    const text = edited((l) => l.splice(764, 0, "目 录", "", "1. 中华人民共和国商务部公告 2013 年第 1 号 (3)", ""));
    expect(refusal(text)).toMatchObject({ line: 765, message: "the contents list (first at line 21) appears a second time: one file must hold one issue; is the file doubled?" });
  });
});

describe("parser output is validated once, at the offending record's line (issue 10)", () => {
  const parsed = parseIssue(seed, { file: FILE });
  it("names the line of a standard whose date is not ISO", () => {
    const broken = { ...parsed, standards: parsed.standards.map((s, i) => (i === 4 ? { ...s, effectiveDate: "2013-7-1" } : s)) };
    expect(() => validateOutput(parsedIssueSchema, broken, FILE)).toThrow(
      expect.objectContaining({ name: "ParseError", file: FILE, line: 73, message: "parser output failed validation at standards.4.effectiveDate: Invalid ISO date" }),
    );
  });

  it("names the start line of a block inside a notice", () => {
    const [first, ...rest] = parsed.notices;
    if (!first) throw new Error("no notice");
    const block = first.blocks[1];
    if (!block) throw new Error("no block");
    const broken = { ...parsed, notices: [{ ...first, blocks: first.blocks.map((b, i) => (i === 1 ? { ...b, id: "x" } : b)) }, ...rest] };
    let error: unknown;
    try {
      validateOutput(parsedIssueSchema, broken, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ file: FILE, line: block.lines.start, message: expect.stringMatching(/^parser output failed validation at notices\.0\.blocks\.1\.id: /) });
  });
});
