import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS } from "@/lib/search/cap-query";
import { parseSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("reads the query, scope and facets", () => {
    expect(parseSearchParams({ q: "  成品油  SB/T ", in: "en", body: "gacc", kind: "announcement", year: "2013" }, "zh")).toEqual({
      q: "成品油 SB/T",
      shortened: false,
      scope: "en",
      issuer: "gacc",
      kind: "announcement",
      year: 2013,
    });
  });

  it("defaults the scope to the reader's language and drops malformed facets instead of failing", () => {
    expect(parseSearchParams({ q: ["oil", "gas"], in: "fr", body: "<script>", year: "20x3" }, "en")).toEqual({
      q: "oil",
      shortened: false,
      scope: "en",
      issuer: null,
      kind: null,
      year: null,
    });
    expect(parseSearchParams({}, "zh").q).toBe("");
  });

  it("cuts an over-long query by characters, not UTF-16 units", () => {
    const r = parseSearchParams({ q: "𠀀".repeat(MAX_QUERY_CHARS + 5) }, "zh");
    expect(Array.from(r.q)).toHaveLength(MAX_QUERY_CHARS);
    expect(r.shortened).toBe(true);
  });
});
