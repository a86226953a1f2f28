import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { generateArchive } from "@/bench/archive/generate-archive";
import { loadSeed } from "@/bench/archive/load-seed";
import { parseIssue } from "@/lib/parse/parse-issue";
import { buildSearchIndex } from "@/lib/search/build-index";
import { decodeSlots } from "@/lib/search/client-files";
import { issueDocuments } from "@/lib/search/documents";
import { scoreSlot, type ScoreContext } from "@/lib/search/engine";
import { createFullIndex } from "@/lib/search/full-index";
import type { SearchDoc, SearchLocale } from "@/lib/search/format";
import { buildPostings } from "@/lib/search/postings";
import { indexTerms } from "@/lib/search/tokenize";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";

// FlexSearch stays the source of truth for what the index holds: buildPostings computes its map
// without it, so here both are built from the same docs and must agree term by term, slot by slot.

/** FlexSearch's export of its `map`: [term, slots], an empty slot being null. */
const exportedMap = z.array(z.tuple([z.string(), z.array(z.nullable(z.array(z.number())))]));

/** What FlexSearch stores when given our terms and score (as the builder did before buildPostings). */
function flexSearchMap(docs: SearchDoc[]): Map<string, Array<number[] | null>> {
  const termLists = docs.map((d) => indexTerms(d.text));
  const averageLength = termLists.reduce((sum, t) => sum + t.length, 0) / docs.length;
  let ctx: ScoreContext = { kind: "paragraph", length: 1, averageLength };
  let counts = new Map<string, number>();
  const index = createFullIndex((_content, term) => scoreSlot(ctx, term, counts.get(term) ?? 1));
  termLists.forEach((terms, n) => {
    counts = new Map();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    ctx = { kind: docs[n]?.kind ?? "paragraph", length: Math.max(1, terms.length), averageLength };
    if (terms.length > 0) index.add(n, terms.join(" "));
  });
  const stored = new Map<string, Array<number[] | null>>();
  index.export((key: string, data: string) => {
    if (key.endsWith("map")) for (const [term, slots] of exportedMap.parse(JSON.parse(data))) stored.set(term, slots);
  });
  return stored;
}

/** Our postings in the form the client imports into FlexSearch (client-files.ts decodeSlots). */
function ourMap(docs: SearchDoc[]): Map<string, Array<number[] | null>> {
  const table = buildPostings(docs);
  return new Map(table.terms.map((term, i) => [term, decodeSlots(table.postingsOf(i).slots)]));
}

function seedDocs(): SearchDoc[] {
  const dir = path.resolve(import.meta.dirname, "../../content/2013-11");
  const parsed = parseIssue(readFileSync(path.join(dir, "gazette.zh.txt"), "utf8"));
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "translation.en.json"), "utf8")));
  return issueDocuments(parsed, { english: overlayFromTranslation(parsed, translation) });
}

let seed: SearchDoc[] = [];
const generated: SearchDoc[] = [];
beforeAll(() => {
  seed = seedDocs();
  for (const issue of generateArchive(loadSeed(), { issues: 6, seed: 1 })) {
    generated.push(...issueDocuments(issue.parsed, { english: overlayFromTranslation(issue.parsed, issue.translation) }));
  }
});

const only = (docs: SearchDoc[], locale: SearchLocale) => docs.filter((d) => d.locale === locale);

describe("buildPostings", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`stores exactly what FlexSearch stores: seed issue, ${locale}`, () => {
      const docs = only(seed, locale);
      const expected = flexSearchMap(docs);
      expect(expected.size).toBeGreaterThan(1000);
      expect(ourMap(docs)).toEqual(expected);
    });

    it(`stores exactly what FlexSearch stores: 6 generated issues, ${locale}`, { timeout: 120_000 }, () => {
      const docs = only(generated, locale);
      expect(docs.length).toBeGreaterThan(1000);
      expect(ourMap(docs)).toEqual(flexSearchMap(docs));
    });
  }

  it("lists terms in code-unit order with their document counts", () => {
    const table = buildPostings(only(seed, "zh"));
    expect(table.terms).toEqual([...table.terms].sort());
    const i = table.terms.indexOf("成品油".slice(0, 2));
    expect(table.docCounts[i]).toBe(table.postingsOf(i).slots.reduce((n, s) => n + s.length - 1, 0));
    expect(table.docCounts[i]).toBeGreaterThan(0);
  });
});

describe("buildSearchIndex", () => {
  // Build hashes of the seed issue from the builder that went through FlexSearch's export (commit
  // 3237740): a changed byte anywhere in shards, common terms or chunks changes them.
  it("gives the seed issue the same files as the FlexSearch-export builder", () => {
    const builds = (options: { commonTermPostings?: number }) => (["zh", "en"] as const).map((l) => buildSearchIndex(seed, l, options).manifest.build);
    expect(builds({})).toEqual(["zap965", "1iwd39p"]);
    expect(builds({ commonTermPostings: 8 })).toEqual(["pv7rng", "nvnnpf"]);
  });
});
