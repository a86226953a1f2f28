import fs from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";
import { englishOverlaySchema } from "@/lib/ingest/english-overlay";
import { sha256, toRows } from "@/lib/ingest/to-rows";

const SEED = "content/2013-11/gazette.zh.txt";
let parsed: ParsedIssue;
beforeAll(() => {
  parsed = parseIssue(fs.readFileSync(SEED, "utf8"), { file: SEED });
});

const rowsOf = (english?: Parameters<typeof toRows>[0]["english"]) =>
  toRows({ parsed, sourceFile: SEED, sourceSha256: "0".repeat(64), english });

describe("toRows", () => {
  test("one row per parsed item, natural keys unique", () => {
    const { rows } = rowsOf();
    const blockCount = parsed.notices.reduce((n, notice) => n + notice.blocks.length, 0);
    expect(rows.notices.map((n) => n.id)).toEqual(parsed.notices.map((n) => n.id));
    expect(rows.blocks).toHaveLength(blockCount);
    expect(new Set(rows.blocks.map((b) => `${b.noticeId} ${b.blockId}`)).size).toBe(blockCount);
    expect(rows.standards).toHaveLength(parsed.standards.length);
    expect(rows.licensingDecisions).toHaveLength(parsed.licensingDecisions.length);
    expect(rows.contents).toHaveLength(parsed.contents.length);
    expect(rows.warnings).toHaveLength(parsed.warnings.length);
    expect(new Set(rows.issuers.map((i) => i.code)).size).toBe(rows.issuers.length);
  });

  test("block order restarts at 1 in every notice and follows the parse", () => {
    const { rows } = rowsOf();
    for (const notice of parsed.notices) {
      const orders = rows.blocks.filter((b) => b.noticeId === notice.id).map((b) => b.order);
      expect(orders).toEqual(notice.blocks.map((_, i) => i + 1));
    }
  });

  test("kind-specific fields land in their columns", () => {
    const { rows } = rowsOf();
    const table = rows.blocks.find((b) => b.kind === "table");
    expect(table?.tableRows).toBeInstanceOf(Array);
    const signature = rows.blocks.find((b) => b.kind === "signature");
    expect(signature?.signers).toBeInstanceOf(Array);
    expect(signature?.signDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.blocks.filter((b) => b.kind !== "table").every((b) => b.tableRows === undefined)).toBe(true);
  });

  test("no English without an overlay", () => {
    const { rows, unmatchedEnglish } = rowsOf();
    expect(rows.blocks.every((b) => b.textEn === null && b.enSourceHash === null)).toBe(true);
    expect(rows.issue.translationSha256).toBeNull();
    expect(unmatchedEnglish).toEqual([]);
  });

  test("an overlay fills the English columns by natural key and reports keys that match nothing", () => {
    const notice = parsed.notices[0];
    const block = notice?.blocks[0];
    const standard = parsed.standards[0];
    if (!notice || !block || !standard) throw new Error("seed issue lost its first notice or standard");
    const overlay = englishOverlaySchema.parse({
      translationSha256: "a".repeat(64),
      blocks: [
        { noticeId: notice.id, blockId: block.id, textEn: "English", enSourceHash: sha256(block.text) },
        { noticeId: notice.id, blockId: "p-9999", textEn: "orphan", enSourceHash: "b".repeat(64) },
      ],
      standards: [{ noticeId: standard.noticeId, seq: standard.seq, nameEn: "Standard name" }],
    });
    const { rows, unmatchedEnglish } = rowsOf(overlay);
    const row = rows.blocks.find((b) => b.noticeId === notice.id && b.blockId === block.id);
    expect(row?.textEn).toBe("English");
    expect(row?.enSourceHash).toBe(sha256(block.text));
    expect(rows.standards.find((s) => s.seq === standard.seq && s.noticeId === standard.noticeId)?.nameEn).toBe("Standard name");
    expect(rows.issue.translationSha256).toBe("a".repeat(64));
    expect(unmatchedEnglish).toEqual([`blocks ${notice.id} p-9999`]);
  });

  test("rowsSha256 is deterministic and changes with the English", () => {
    const plain = rowsOf().rows.issue.rowsSha256;
    expect(rowsOf().rows.issue.rowsSha256).toBe(plain);
    const overlay = englishOverlaySchema.parse({ translationSha256: "c".repeat(64) });
    expect(rowsOf(overlay).rows.issue.rowsSha256).not.toBe(plain);
  });
});
