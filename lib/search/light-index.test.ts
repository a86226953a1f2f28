import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/parse/parse-issue";
import { buildSearchIndex } from "@/lib/search/build-index";
import { decodeSlots } from "@/lib/search/client-files";
import { issueDocuments } from "@/lib/search/documents";
import { addPostings, countHolding, createQueryIndex, holdsTerms, type PostingEntry } from "@/lib/search/engine";
import { shardSchema, type SearchDoc, type SearchLocale } from "@/lib/search/format";
import { createFullIndex } from "@/lib/search/full-index";
import { QUALITY_QUERIES } from "@/lib/search/quality-queries";
import { planQuery } from "@/lib/search/tokenize";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";

// The browser queries FlexSearch's light build, filled by writing its map (engine.ts addPostings),
// because the light build has no import(). Both rely on FlexSearch internals, so this holds them to
// the full build: the same postings imported the documented way must answer every query part of
// every quality query with the same documents in the same order, at every limit the client uses.
let docs: SearchDoc[] = [];

beforeAll(() => {
  const dir = path.resolve(import.meta.dirname, "../../content/2013-11");
  const parsed = parseIssue(readFileSync(path.join(dir, "gazette.zh.txt"), "utf8"));
  const translation = translationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "translation.en.json"), "utf8")));
  docs = issueDocuments(parsed, { english: overlayFromTranslation(parsed, translation) });
});

function postings(locale: SearchLocale): PostingEntry[] {
  return buildSearchIndex(docs, locale)
    .files.filter((f) => f.path.includes("/shards/"))
    .flatMap((f) => shardSchema.parse(JSON.parse(f.body)).terms.map(([term, slots]): PostingEntry => [term, decodeSlots(slots)]));
}

describe("the light query index", () => {
  it.each(["zh", "en"] as const)("answers every quality query part as the full build does (%s)", (locale) => {
    const entries = postings(locale);
    const light = createQueryIndex();
    addPostings(light, entries);
    const full = createFullIndex();
    full.import("map", JSON.stringify(entries));
    const parts = QUALITY_QUERIES.flatMap((q) => planQuery(q.q).parts.map((p) => p.terms.join(" ")));
    expect(parts.length).toBeGreaterThan(150);
    let nonEmpty = 0;
    for (const query of parts) {
      for (const limit of [10, 100, 300]) {
        const got = light.search(query, { limit });
        expect(got, `${query} (${limit})`).toEqual(full.search(query, { limit }));
        if (got.length > 0) nonEmpty += 1;
      }
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  // engine.ts SearchMemo answers a smaller limit with the prefix of a larger one.
  it.each(["zh", "en"] as const)("answers a smaller limit with the prefix of a larger one (%s)", (locale) => {
    const light = createQueryIndex();
    addPostings(light, postings(locale));
    let longer = 0;
    for (const query of QUALITY_QUERIES.flatMap((q) => planQuery(q.q).parts.map((p) => p.terms.join(" ")))) {
      const all = light.search(query, { limit: 300 });
      if (all.length > 10) longer += 1;
      for (const limit of [1, 10, 100, 101]) expect(light.search(query, { limit }), `${query} (${limit})`).toEqual(all.slice(0, limit));
    }
    expect(longer).toBeGreaterThan(10);
  });

  // client.ts narrows by counting with countHolding instead of searching: the counts must agree.
  it.each(["zh", "en"] as const)("countHolding counts what a search finds, up to its cap (%s)", (locale) => {
    const light = createQueryIndex();
    addPostings(light, postings(locale));
    const parts = QUALITY_QUERIES.flatMap((q) => planQuery(q.q).parts.map((p) => p.terms));
    // Pairs of parts too: terms of different parts, so some counts are 0 and some lists are long.
    const queries = [...parts, ...parts.slice(1).map((terms, i) => [...(parts[i] ?? []), ...terms])];
    let capped = 0;
    for (const terms of queries) {
      const all = light.search(terms.join(" "), { limit: 10_000 }).length;
      for (const cap of [1, 10, 101]) expect(countHolding(light, terms, cap), `${terms.join(" ")} (${cap})`).toBe(Math.min(all, cap));
      if (all > 10) capped += 1;
    }
    expect(capped).toBeGreaterThan(10);
    expect(countHolding(light, [...(parts[0] ?? []), "not-a-term"], 10)).toBe(0);
  });

  // client.ts bounds a candidate by the parts whose terms it holds (holdsTerms): the docs a search finds.
  it.each(["zh", "en"] as const)("holdsTerms is true for exactly the docs a search finds (%s)", (locale) => {
    const light = createQueryIndex();
    addPostings(light, postings(locale));
    const parts = QUALITY_QUERIES.flatMap((q) => planQuery(q.q).parts.map((p) => p.terms));
    const docCount = docs.filter((d) => d.locale === locale).length;
    let found = 0;
    for (const terms of parts) {
      const hits = new Set(light.search(terms.join(" "), { limit: 10_000 }));
      for (let doc = 0; doc < docCount; doc += 1) expect(holdsTerms(light, terms, doc), `${terms.join(" ")} @${doc}`).toBe(hits.has(doc));
      found += hits.size;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
