import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import { buildSearchIndex } from "./build-index.ts";
import { createSearchClient, type SearchClient } from "./client.ts";
import { translationFileSchema } from "@/lib/translations/schema";
import { issueDocuments } from "./documents.ts";
import type { SearchDoc } from "./format.ts";
import { fold } from "./normalize.ts";
import { QUALITY_QUERIES, type QualityQuery } from "./quality-queries.ts";
import { memoryHost } from "./test-helpers.ts";
import { overlayFromTranslation } from "./translation-overlay.ts";

let docs: SearchDoc[] = [];
let client: SearchClient;

beforeAll(() => {
  const dir = path.resolve(import.meta.dirname, "../../content/2013-11");
  const parsed = parseIssue(readFileSync(path.join(dir, "gazette.zh.txt"), "utf8"));
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "translation.en.json"), "utf8")));
  docs = issueDocuments(parsed, { english: overlayFromTranslation(parsed, translation) });
  const files = [...buildSearchIndex(docs, "zh").files, ...buildSearchIndex(docs, "en").files];
  client = createSearchClient({ baseUrl: "/search", fetch: memoryHost(files).fetch });
});

function matchesKey(key: string, pattern: string): boolean {
  return pattern.endsWith("#*") ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
}

type Outcome = { q: QualityQuery; top10: string[]; recall: number | null; top1: boolean; missing: string[] };

async function evaluate(q: QualityQuery): Promise<Outcome> {
  const locale = q.locale ?? "zh";
  const res = await client.search(q.q, { locale, limit: 10 });
  const top10 = res.hits.map((h) => h.key);
  const needle = q.substring === undefined ? fold(q.q, "query") : q.substring === null ? null : fold(q.substring);
  let recall: number | null = null;
  if (needle !== null) {
    const relevant = new Set(docs.filter((d) => d.locale === locale && fold(d.text).includes(needle)).map((d) => d.key));
    if (relevant.size > 0) recall = top10.filter((k) => relevant.has(k)).length / Math.min(10, relevant.size);
  }
  const first = top10[0];
  const top1 = first !== undefined && q.top.some((p) => matchesKey(first, p));
  const missing = (q.must ?? []).filter((m) => !top10.some((k) => matchesKey(k, m)));
  return { q, top10, recall, top1, missing };
}

describe("search quality on the seed issue", () => {
  it("has at least 40 queries covering every category", () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(QUALITY_QUERIES.map((q) => q.category));
    expect([...categories].sort()).toEqual(["code", "en", "mixed", "variant", "zh-1char", "zh-compound", "zh-word"]);
  });

  it("finds every relevant doc in the top 10 and ranks the expected hit first for ≥ 95 % of queries", async () => {
    const outcomes: Outcome[] = [];
    for (const q of QUALITY_QUERIES) outcomes.push(await evaluate(q));
    const report = outcomes
      .filter((o) => !o.top1 || (o.recall !== null && o.recall < 1) || o.missing.length > 0 || o.top10.length === 0)
      .map((o) => `${o.q.q}: top1=${o.top1} recall=${o.recall} missing=${o.missing.join(",")} got=${o.top10.slice(0, 3).join(" ")}`);
    // Every query finds something, misses no relevant doc, and has its must-haves in the top 10.
    expect(outcomes.filter((o) => o.top10.length === 0).map((o) => o.q.q)).toEqual([]);
    expect(outcomes.filter((o) => o.recall !== null && o.recall < 1).map((o) => o.q.q), report.join("\n")).toEqual([]);
    expect(outcomes.filter((o) => o.missing.length > 0).map((o) => o.q.q), report.join("\n")).toEqual([]);
    const top1Rate = outcomes.filter((o) => o.top1).length / outcomes.length;
    console.info(`quality: ${outcomes.length} queries, top-1 ${(top1Rate * 100).toFixed(1)} %${report.length ? `\n${report.join("\n")}` : ""}`);
    expect(top1Rate, report.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
