import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import { issueDocuments } from "@/lib/search/documents";

const parsed = parseIssue(readFileSync(path.resolve(import.meta.dirname, "../../content/2013-11/gazette.zh.txt"), "utf8"));

describe("issueDocuments", () => {
  const docs = issueDocuments(parsed, {
    english: (ref) => (ref.noticeId === "mofcom-2013-1" && ref.blockId === "p-6" && ref.row === 39 ? "Bananas" : undefined),
  });
  const zh = docs.filter((d) => d.locale === "zh");

  it("makes one doc per standards row and per licensing decision, with the standard/company as label", () => {
    expect(zh.filter((d) => d.kind === "standard")).toHaveLength(parsed.standards.length);
    expect(zh.filter((d) => d.kind === "licence")).toHaveLength(parsed.licensingDecisions.length);
    expect(zh.find((d) => d.key === "mofcom-2013-1#p-6:r39")).toMatchObject({ label: "香蕉流通规范", row: 39, blockId: "p-6", year: 2013 });
  });

  it("makes one title doc per notice carrying its numbers", () => {
    const titles = zh.filter((d) => d.kind === "title");
    expect(titles).toHaveLength(parsed.notices.length);
    expect(titles.find((d) => d.noticeId === "mofcom-ndrc-2012-431")?.text).toContain("431号");
  });

  it("has unique keys per locale and English docs only where the overlay (or the gazette's own English title) has text", () => {
    for (const locale of ["zh", "en"] as const) {
      const keys = docs.filter((d) => d.locale === locale).map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const en = docs.filter((d) => d.locale === "en");
    expect(en.find((d) => d.key === "mofcom-2013-1#p-6:r39")?.text).toBe("Bananas");
    expect(en.filter((d) => d.kind !== "title")).toHaveLength(1);
  });
});
