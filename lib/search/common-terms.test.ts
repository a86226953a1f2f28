import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import { buildSearchIndex, type BuiltFile } from "@/lib/search/build-index";
import { createSearchClient } from "@/lib/search/client";
import { issueDocuments } from "@/lib/search/documents";
import type { SearchDoc } from "@/lib/search/format";
import { QUALITY_QUERIES } from "@/lib/search/quality-queries";
import { memoryHost } from "@/lib/search/test-helpers";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";

// Common terms (format.ts) leave their shard for a file of their own, and the client loads them
// only while a part's rarer terms leave too many candidates, then checks the candidates' text. The
// seed issue has no term that common, so a low threshold forces the path here: the answers must be
// exactly those of the index with every term inline.
let docs: SearchDoc[] = [];
const build = (options: { commonTermPostings?: number }): BuiltFile[] => [...buildSearchIndex(docs, "zh", options).files, ...buildSearchIndex(docs, "en", options).files];

beforeAll(() => {
  const dir = path.resolve(import.meta.dirname, "../../content/2013-11");
  const parsed = parseIssue(readFileSync(path.join(dir, "gazette.zh.txt"), "utf8"));
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "translation.en.json"), "utf8")));
  docs = issueDocuments(parsed, { english: overlayFromTranslation(parsed, translation) });
});

describe("common terms", () => {
  it("the seed issue at the default threshold has none", () => {
    expect(build({}).filter((f) => f.path.includes("/terms/"))).toEqual([]);
  });

  it("with a threshold of 8 postings, every quality query finds exactly the same documents", { timeout: 60_000 }, async () => {
    const inline = createSearchClient({ baseUrl: "/search", fetch: memoryHost(build({})).fetch });
    const files = build({ commonTermPostings: 8 });
    const commonFiles = files.filter((f) => f.path.includes("/terms/")).length;
    expect(commonFiles).toBeGreaterThan(500);
    const host = memoryHost(files);
    const split = createSearchClient({ baseUrl: "/search", fetch: host.fetch });
    for (const q of QUALITY_QUERIES) {
      const locale = q.locale ?? "zh";
      const [a, b] = await Promise.all([inline.search(q.q, { locale, limit: 400 }), split.search(q.q, { locale, limit: 400 })]);
      expect(b.hits.map((h) => h.key).sort(), q.q).toEqual(a.hits.map((h) => h.key).sort());
    }
    // Narrowing loaded only some of the common terms the queries name.
    expect(new Set(host.fetched.filter((p) => p.includes("/terms/"))).size).toBeLessThan(commonFiles);
  });

  it("a narrowed query shows only passages that hold it", async () => {
    const host = memoryHost(build({ commonTermPostings: 8 }));
    const client = createSearchClient({ baseUrl: "/search", fetch: host.fetch });
    const res = await client.search("成品油", { locale: "zh", limit: 10 });
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.every((h) => h.text.includes("成品油"))).toBe(true);
  });
});
