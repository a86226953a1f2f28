import { beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "@/bench/archive/generate-archive";
import { loadSeed } from "@/bench/archive/load-seed";
import { buildSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { createSearchClient } from "@/lib/search/client";
import { commonTermSchema, type SearchDoc } from "@/lib/search/format";
import { issueDocuments } from "@/lib/search/documents";
import { memoryHost } from "@/lib/search/test-helpers";
import { indexTerms, planQuery } from "@/lib/search/tokenize";

// Standard names of generated issues reuse each other's halves: 第9部分：商业特许经营管理 ends
// hundreds of rows, 香蕉流通技术要求 starts dozens, and one row holds both. The client must still
// show every row holding every part first, and must not pay for narrowing the half many rows hold
// (at 1,000 issues that was all ten of its common terms, 134 kB, for a name typed whole).
const ISSUES = 30;
let files: BuiltFile[] = [];
const docs: SearchDoc[] = [];
let names: { q: string; key: string }[] = [];

beforeAll(() => {
  for (const issue of generateArchive(loadSeed(), { issues: ISSUES, seed: 3 })) {
    docs.push(...issueDocuments(issue.parsed).filter((d) => d.locale === "zh"));
    for (const s of issue.parsed.standards.filter((r) => r.row > 1 && r.nameZh.includes(" "))) {
      names.push({ q: s.nameZh, key: `${s.noticeId}#${s.blockId}:r${s.row}` });
    }
  }
  names = names.filter((_, i) => i % 7 === 0);
  files = buildSearchIndex(docs, "zh", { commonTermPostings: 64 }).files;
});

const termSets = new Map<string, Set<string>>();
const termsOf = (text: string) => termSets.get(text) ?? termSets.set(text, new Set(indexTerms(text))).get(text) ?? new Set<string>();

/** The parts of a query a text holds, by its terms (what verification checks). */
function heldParts(q: string, text: string): number {
  const terms = termsOf(text);
  return planQuery(q).parts.filter((p) => p.terms.every((t) => terms.has(t))).length;
}

describe("narrowing a plan of several parts", () => {
  it("shows every doc holding all parts first, and only docs holding what they claim", { timeout: 60_000 }, async () => {
    expect(names.length).toBeGreaterThan(20);
    const host = memoryHost(files);
    const client = createSearchClient({ baseUrl: "/search", fetch: host.fetch });
    for (const { q, key } of names) {
      const parts = planQuery(q).parts.length;
      const holdAll = docs.filter((d) => heldParts(q, d.text) === parts).map((d) => d.key);
      const res = await client.search(q, { locale: "zh", limit: 10 });
      expect(res.hits[0]?.key, q).toBe(key);
      expect(res.hits.filter((h) => h.partsMatched === parts).map((h) => h.key).sort(), q).toEqual(holdAll.slice(0, 10).sort());
      for (const h of res.hits) expect(h.partsMatched, `${q} → ${h.text}`).toBe(heldParts(q, h.text));
    }
  });

  it("leaves a part many docs hold unnarrowed once few docs hold every part", async () => {
    // 300 rows end in part B, 40 start with part A, one holds both; every term is "common" (> 32 docs).
    const products = ["苹果", "梨子", "葡萄", "柑橘", "荔枝", "龙眼", "芒果", "菠萝", "桃子", "李子"];
    const row = (n: number, name: string): SearchDoc => ({
      key: `n${n}#p-1:r1`, locale: "zh", issue: "2013-1", noticeId: `n${n}`, noticeTitle: "标准", noticeKind: "announcement",
      issuers: [], year: 2013, blockId: "p-1", row: 1, kind: "standard", label: name, text: `SB/T ${10000 + n}—2013 ${name}`,
    });
    const synthetic = [
      ...Array.from({ length: 300 }, (_, i) => row(i, `${products[i % 10]}${products[Math.floor(i / 10) % 10]}规范 第9部分：商业特许经营管理`)),
      ...Array.from({ length: 40 }, (_, i) => row(300 + i, `香蕉流通技术要求 第${i + 10}部分：${products[i % 10]}`)),
      row(400, "香蕉流通技术要求 第9部分：商业特许经营管理"),
    ];
    const built = buildSearchIndex(synthetic, "zh", { commonTermPostings: 32 }).files;
    const host = memoryHost(built);
    const q = "香蕉流通技术要求 第9部分：商业特许经营管理";
    const res = await createSearchClient({ baseUrl: "/search", fetch: host.fetch }).search(q, { locale: "zh", limit: 10 });
    expect(res.hits.map((h) => [h.key, h.partsMatched])).toEqual([["n400#p-1:r1", 2], ...res.hits.slice(1).map((h) => [h.key, 1])]);
    expect(res.hits.length).toBe(10);
    // The partial matches come from the part few rows hold, and hold it.
    expect(res.hits.slice(1).every((h) => h.text.includes("香蕉流通技术要求"))).toBe(true);
    const loaded = host.fetched.filter((p) => p.includes("/terms/")).map((p) => commonTermSchema.parse(JSON.parse(host.bodies.get(p) ?? "")).term);
    // Part B's terms are all in 301 docs: one is enough to cut the conjunction, and 第, 部分 … stay unloaded.
    const partB = planQuery(q).parts[1]?.terms ?? [];
    expect(partB.filter((t) => loaded.includes(t)).length).toBe(1);
  });
});
