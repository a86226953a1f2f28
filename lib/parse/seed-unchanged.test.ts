import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";

// Issue 12's hard constraint: the notice-types work must leave the 2013-11 issue exactly as it parsed
// before (ids, blocks with their lines and text, table cells, records, contents, coverage, warnings).
// The hash below was taken from the parse of commit 3509921, before that work, with the one change
// made on purpose since (issue 15: licensing action "revoke" renamed "cancel" for 注销); fields added
// by the notice-types work (references, sourceMetadata, titleDerived, registered, table structure)
// are outside the summary.
const BEFORE = "9af4ef0f80b98a10847e551fe03bcba29adc2d22077a99e3d5c26bdc98bad158";

describe("2013-11 parses exactly as before the notice-types work", () => {
  it("has the same ids, blocks, tables, records, coverage and warnings", () => {
    const file = path.resolve(import.meta.dirname, "../../content/2013-11/gazette.zh.txt");
    const a = parseIssue(fs.readFileSync(file, "utf8"), { file: "content/2013-11/gazette.zh.txt" });
    const summary = {
      notices: a.notices.map((n) => ({
        id: n.id, kind: n.kind, issuers: n.issuers.map((i) => [i.code, i.printed]), number: n.number, documentNumber: n.documentNumber,
        titleZh: n.titleZh, subject: n.subject, signingDates: n.signingDates, attachments: n.attachments, lines: n.lines,
        blocks: n.blocks.map((b) => [b.id, b.kind, b.lines.start, b.lines.end, b.text,
          b.kind === "table" ? [b.header.cells, b.header.clean, b.rows.map((r) => [r.cells, r.clean, r.lines.start, r.lines.end]), b.repeatedHeaderLines] : null]),
      })),
      standards: a.standards, licensingDecisions: a.licensingDecisions, plans: a.plans, contents: a.contents, coverage: a.coverage, warnings: a.warnings,
    };
    expect(createHash("sha256").update(JSON.stringify(summary)).digest("hex")).toBe(BEFORE);
    // The new fields say what they should for the gazette's own text.
    expect(a.notices.every((n) => n.sourceMetadata.length === 0 && !n.titleDerived && n.issuers.every((i) => i.registered))).toBe(true);
    const miit = a.notices.find((n) => n.id === "miit-2012-64");
    expect(miit?.references.filter((r) => r.kind === "law").map((r) => r.target)).toEqual([
      "危险化学品建设安全监督管理办法", "建设项目职业卫生“三同时”监督管理暂行办法", "危险化学品重大危险源监督管理暂行规定", "危险化学品生产企业安全生产许可证实施办法",
    ]);
    const plan = a.notices.find((n) => n.id === "mofcom-ndrc-2012-431");
    expect(plan?.references.filter((r) => r.kind === "document-number").map((r) => [r.target, r.line])).toEqual([["财税〔2009〕63号", 705], ["国办函〔2009〕9号", 705]]);
  });
});
